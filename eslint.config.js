// @ts-check
// Lint: typescript-eslint's recommended rules, no `any`, `import type` for types, the rules of hooks,
// and the import boundaries of design.md §3 (who may import which folder and which package).
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

/** Top-level folders of the project; an import that reaches one of them from another is a boundary crossing. */
const FOLDERS = [
  'app',
  'assist',
  'bench',
  'cms',
  'lib',
  'media',
  'moderation',
  'publishers',
  'scheduler',
  'scripts',
  'templates',
  'tests',
  'web',
]
const ENGINES = ['publishers', 'moderation', 'templates', 'media']
const LAX = ['tests', 'bench', 'scripts']

/**
 * @typedef {{ folder: string, allow?: string, message: string }} FolderRule  `allow`: a regex of the paths inside `folder` that stay allowed
 * @typedef {{ pattern: string, message: string }} PackageRule  `pattern`: a regex of the import specifier
 */

/** @type {(pkg: string, owner: string) => PackageRule} */
const onlyIn = (pkg, owner) => ({ pattern: `^${pkg}(/|$)`, message: `only ${owner}/ imports ${pkg} (design.md §3)` })

/** Packages one folder owns; the file exceptions are listed in PACKAGE_EXCEPTIONS. */
const OWNED_PACKAGES = [
  { owner: 'scheduler', rule: onlyIn('bullmq', 'scheduler') },
  { owner: 'assist', rule: onlyIn('openai', 'assist') },
  { owner: 'media', rule: onlyIn('sharp', 'media') },
  { owner: 'templates', rule: onlyIn('markdown-it', 'templates') },
]

/** Payload belongs to cms/: the engines and lib/ know nothing of it. */
const NO_PAYLOAD = 'publishers/, moderation/, templates/, media/ and lib/ know nothing of Payload: it belongs in cms/'
const PAYLOAD = ['^payload(/|$)', '^@payloadcms/', '^@payload-config$'].map((pattern) => ({ pattern, message: NO_PAYLOAD }))

/** @type {(folders: string[], message: string) => FolderRule[]} */
const none = (folders, message) => folders.map((folder) => ({ folder, message }))
const nothingImportsApp = { folder: 'app', message: 'nothing imports app/: it holds Next.js routes only' }

/** @type {Record<string, FolderRule[]>} the project folders each folder may not import */
const FOLDER_RULES = {
  lib: [
    ...none(
      FOLDERS.filter((f) => f !== 'lib'),
      'lib/ imports nothing of the project',
    ),
  ],
  ...Object.fromEntries(
    ENGINES.map((engine) => [
      engine,
      none(
        FOLDERS.filter((f) => f !== engine && f !== 'lib'),
        `${engine}/ imports only lib/ (and itself): engines know nothing of Payload, BullMQ or each other`,
      ),
    ]),
  ),
  assist: [
    ...none(['cms', 'scheduler', 'web', 'tests'], 'assist/ is an engine: cms/ and scheduler/ import it, not the other way (design.md §3)'),
    nothingImportsApp,
  ],
  scheduler: [
    {
      folder: 'cms',
      allow: 'delivery(/index)?|database(/.*)?',
      message: 'scheduler/ imports cms/ only through its entry cms/delivery/index.ts (and cms/database/ for the SQLite turns)',
    },
    ...none(['web', 'tests'], 'scheduler/ never imports web/ or tests/'),
    nothingImportsApp,
  ],
  cms: [
    { folder: 'scheduler', allow: 'queues', message: 'cms/ imports scheduler/ only through its producer API scheduler/queues.ts' },
    ...none(['tests'], 'cms/ never imports tests/'),
    ...none(['web'], 'cms/ never imports web/: web/ imports cms/ (design.md §3)'),
    nothingImportsApp,
  ],
  web: [...none(['tests'], 'web/ never imports tests/'), nothingImportsApp],
  app: [...none(['tests'], 'app/ never imports tests/')],
  tests: [nothingImportsApp],
  bench: [nothingImportsApp],
  scripts: [nothingImportsApp],
}

/** Files allowed one owned package besides its owner: Payload's config must hand sharp to Payload. */
const PACKAGE_EXCEPTIONS = [{ file: 'cms/payload.config.ts', packages: ['sharp'] }]
/** The worker is a process entry: it boots Payload with the config, which no entry can hand it. */
const FOLDER_EXCEPTIONS = [{ file: 'scheduler/worker.ts', folder: 'cms', allow: 'delivery(/index)?|database(/.*)?|payload\\.config' }]

const SOURCE = '{ts,tsx,mts,cts,js,jsx,mjs,cjs}'
const MAX_DEPTH = 8

/** @type {(folder: string, file?: string) => PackageRule[]} */
function packageRules(folder, file) {
  if (LAX.includes(folder)) return []
  const excepted = PACKAGE_EXCEPTIONS.find((e) => e.file === file)?.packages ?? []
  const owned = OWNED_PACKAGES.filter((p) => p.owner !== folder && !excepted.some((pkg) => p.rule.pattern === `^${pkg}(/|$)`)).map(
    (p) => p.rule,
  )
  const payload = [...ENGINES, 'lib'].includes(folder) ? PAYLOAD : []
  return [...owned, ...payload]
}

/**
 * Relative specifiers are matched as written, so the pattern depends on how deep the importing file sits:
 * from `cms/delivery/x.ts` (depth 2) the root is `../../`.
 * @type {(rule: FolderRule, depth: number) => PackageRule[]}
 */
function folderPatterns(rule, depth) {
  const up = `(\\./)?(\\.\\./){${depth}}`
  const inside = rule.allow ? `(/(?!(${rule.allow})$).*)?` : '(/.*)?'
  const relative = { pattern: `^${up}${rule.folder}${inside}$`, message: rule.message }
  return rule.folder === 'cms' && !rule.allow?.includes('payload')
    ? [relative, { pattern: '^@payload-config$', message: rule.message }]
    : [relative]
}

/** @type {(rules: PackageRule[]) => import('eslint').Linter.RulesRecord} */
function restrict(rules) {
  const unique = rules.filter((rule, index) => rules.findIndex((other) => other.pattern === rule.pattern) === index)
  return { 'no-restricted-imports': ['error', { patterns: unique.map((r) => ({ regex: r.pattern, message: r.message })) }] }
}

/** One config block per folder and depth (no-restricted-imports options replace each other, they do not merge). */
function boundaryConfigs() {
  /** @type {import('eslint').Linter.Config[]} */
  const configs = []
  for (const folder of FOLDERS) {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const rules = (FOLDER_RULES[folder] ?? []).flatMap((rule) => folderPatterns(rule, depth))
      const dirs = '*/'.repeat(depth - 1)
      configs.push({
        name: `boundaries/${folder}/depth-${depth}`,
        files: [`${folder}/${dirs}*.${SOURCE}`],
        rules: restrict([...rules, ...packageRules(folder)]),
      })
      // Unit tests beside the code and their `testing/` helpers may use the shared test helpers in tests/.
      const testSupport = (FOLDER_RULES[folder] ?? [])
        .filter((rule) => rule.folder !== 'tests')
        .flatMap((rule) => folderPatterns(rule, depth))
      configs.push({
        name: `boundaries/${folder}/depth-${depth}/tests`,
        files: [`${folder}/${dirs}*.test.{ts,tsx}`, ...(depth >= 2 ? [`${folder}/${'*/'.repeat(depth - 2)}testing/*.${SOURCE}`] : [])],
        rules: restrict([...testSupport, ...packageRules(folder)]),
      })
    }
  }
  for (const { file } of [...PACKAGE_EXCEPTIONS, ...FOLDER_EXCEPTIONS]) {
    const folder = file.split('/')[0]
    const depth = file.split('/').length - 1
    const exception = FOLDER_EXCEPTIONS.find((e) => e.file === file)
    const rules = (FOLDER_RULES[folder] ?? [])
      .map((rule) => (exception && rule.folder === exception.folder ? { ...rule, allow: exception.allow } : rule))
      .flatMap((rule) => folderPatterns(rule, depth))
    configs.push({ name: `boundaries/${file}`, files: [file], rules: restrict([...rules, ...packageRules(folder, file)]) })
  }
  return configs
}

export default defineConfig(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      'app/(payload)/**',
      'cms/payload-types.ts',
      'cms/migrations/**',
      'next-env.d.ts',
      'tsconfig.tsbuildinfo',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `typeof import('…')` stays allowed: tests type modules they import only after setting the environment.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.tsx', 'web/**/*.ts', 'cms/admin/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // A bare control in the server's HTML takes clicks and typing before the page's script can act on them.
    // Every .tsx under cms/ is an admin component (collections keep their field components beside them).
    files: ['cms/**/*.tsx'],
    ignores: ['cms/admin/ScriptControls.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXOpeningElement[name.name=/^(button|input|select|textarea)$/]',
          message:
            'Use ScriptButton, ScriptInput, ScriptSelect or ScriptTextarea (cms/admin/ScriptControls.tsx): they stay disabled until the page’s script can handle them.',
        },
      ],
    },
  },
  boundaryConfigs(),
  {
    // Tests, benchmarks and scripts may be laxer (fixtures, peers, throwaway values) but never `any`.
    files: LAX.map((folder) => `${folder}/**`),
    rules: { '@typescript-eslint/no-unused-vars': 'warn', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
