// Test files compiled ahead into plain ESM, one bundle per file with shared chunks, our TypeScript
// inside and every package left to Node. Run through tsx instead, each test process and worker spent
// about 4 s more CPU loading modules (Node 20 runs loader hooks on another thread, and every module
// of Payload passes through them): a whole `npm test` took 1,821 s of CPU that way, 1,247 s this way.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { processRunning, root } from './lib.mjs'

/**
 * The folder for this run's bundles (`<parent>/<pid>`), after removing the folders of earlier runs
 * whose process is gone (a run that was killed leaves its folder behind).
 */
export function bundleFolder(parent) {
  for (const entry of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    if (!/^\d+$/.test(entry) || !processRunning(Number(entry))) fs.rmSync(path.join(parent, entry), { recursive: true, force: true })
  }
  return path.join(parent, String(process.pid))
}

/** The unit group's entry (every unit test file as a suite named by its path), made here so that it is bundled too. */
export const UNIT_ENTRY = 'unit-tests'

/**
 * Bundles `files` (paths relative to the root; `UNIT_ENTRY` for the unit group) into `outDir`, which
 * must sit inside the project so that the bundles' imports of packages resolve from node_modules.
 * Returns each file's bundle, in the order given.
 */
export async function bundleTests(args) {
  const { build } = await import('esbuild')
  const { testFilesOf } = await import('./testFiles.mjs')
  const entryPoints = args.files.map((file) =>
    file === UNIT_ENTRY ? { in: UNIT_ENTRY, out: 'unit-tests' } : { in: path.join(root, file), out: file.replace(/\.[cm]?tsx?$/, '') },
  )
  await build({
    entryPoints,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: args.outDir,
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    // `./codeLabelCell` names codeLabelCell.ts beside CodeLabelCell.tsx: tsx prefers .ts, and so must this.
    resolveExtensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.json'],
    jsx: 'automatic',
    // A bundled CommonJS-style `require` (a package loaded lazily) needs one of its own in ESM.
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
    logLevel: 'warning',
    plugins: [unitEntry(testFilesOf(['unit'])), ownFileUrls(), fileOfOldPackages()],
  })
  return args.files.map((file) => path.join(args.outDir, `${file === UNIT_ENTRY ? 'unit-tests' : file.replace(/\.[cm]?tsx?$/, '')}.mjs`))
}

/** The unit group in one process, each file a suite named by its path (about 90 small files would otherwise each start Node). */
function unitEntry(unitFiles) {
  return {
    name: 'unit-entry',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${UNIT_ENTRY}$`) }, () => ({ path: UNIT_ENTRY, namespace: 'unit-entry' }))
      build.onLoad({ filter: /.*/, namespace: 'unit-entry' }, () => ({
        resolveDir: root,
        loader: 'js',
        contents: [
          "import { describe } from 'node:test'",
          ...unitFiles.map((file) => `describe(${JSON.stringify(file)}, async () => { await import(${JSON.stringify(`./${file}`)}) })`),
        ].join('\n'),
      }))
    },
  }
}

/** Each of our files keeps its own `import.meta.url` (the folders it reads beside itself: migrations, assets, fixtures), not the bundle's. */
function ownFileUrls() {
  return {
    name: 'own-file-urls',
    setup(build) {
      // Our plain-Node scripts too (scripts/lib.mjs finds the project's root from its own).
      build.onLoad({ filter: /\.([cm]?tsx?|mjs)$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
        const source = await fs.promises.readFile(args.path, 'utf8')
        return {
          contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
          loader: args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.mjs') ? 'js' : 'ts',
        }
      })
    },
  }
}

/**
 * `next/server` names next/server.js: a package without an `exports` map is resolved file by file, and
 * Node's ESM loader (unlike tsx and bundlers) adds no extension. Such an import keeps its package and
 * gets the file's own name.
 */
function fileOfOldPackages() {
  const exportsOf = new Map()
  return {
    name: 'file-of-old-packages',
    setup(build) {
      build.onResolve({ filter: /^(@[^/]+\/)?[^./@][^/]*\/./ }, (args) => {
        const [, scope = '', name] = /^(@[^/]+\/)?([^/]+)/.exec(args.path) ?? []
        const packageName = `${scope}${name}`
        const require = createRequire(args.importer || path.join(root, 'package.json'))
        let manifest
        try {
          manifest = require.resolve(`${packageName}/package.json`)
        } catch {
          return undefined
        }
        if (!exportsOf.has(manifest)) exportsOf.set(manifest, JSON.parse(fs.readFileSync(manifest, 'utf8')).exports !== undefined)
        if (exportsOf.get(manifest)) return undefined
        const file = path.relative(path.dirname(manifest), require.resolve(args.path)).split(path.sep).join('/')
        return { path: `${packageName}/${file}`, external: true }
      })
    },
  }
}
