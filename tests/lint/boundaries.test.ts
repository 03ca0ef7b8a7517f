import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

/**
 * The import boundaries of design.md §3 hold: a probe file written into the tree with a forbidden
 * import fails lint, and the same file without it passes. Probes are real files (the config's
 * per-folder rules match on path), removed whatever happens; they are .mts, which tsconfig's include
 * (every .ts and .tsx) leaves out, so a type-check running beside this test never sees them.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root })

async function lintProbe(args: { file: string; source: string }): Promise<string[]> {
  const full = path.join(root, args.file)
  fs.writeFileSync(full, args.source)
  try {
    const [result] = await eslint.lintFiles([full])
    return result.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
  } finally {
    fs.rmSync(full, { force: true })
  }
}

const cases = [
  {
    what: 'publishers/ importing payload',
    file: 'publishers/__boundaryProbe.mts',
    forbidden: "import type { Payload } from 'payload'\nexport type Probe = Payload\n",
    allowed: "import type { Logger } from '../lib/logger'\nexport type Probe = Logger\n",
  },
  {
    what: 'cms/ importing scheduler/ past its producer API',
    file: 'cms/delivery/__boundaryProbe.mts',
    forbidden: "export { deliveryJobs } from '../../scheduler/deliveryJobs'\n",
    allowed: "export { enqueueDelivery } from '../../scheduler/queues'\n",
  },
  {
    what: 'scheduler/ importing cms/ past its entry',
    file: 'scheduler/jobs/__boundaryProbe.mts',
    forbidden: "export { moveDelivery } from '../../cms/delivery/moveDelivery'\n",
    allowed: "export * from '../../cms/delivery'\n",
  },
  {
    what: 'lib/ importing the project',
    file: 'lib/__boundaryProbe.mts',
    forbidden: "export { scanText } from '../moderation'\n",
    allowed: "export { z } from 'zod'\n",
  },
  {
    what: 'templates/ importing sharp (only media/ does)',
    file: 'templates/__boundaryProbe.mts',
    forbidden: "import sharp from 'sharp'\nexport const probe = sharp\n",
    allowed: "import MarkdownIt from 'markdown-it'\nexport const probe = MarkdownIt\n",
  },
  {
    what: 'web/ importing tests/',
    file: 'web/__boundaryProbe.mts',
    forbidden: "export { waitFor } from '../tests/helpers/waitFor'\n",
    allowed: "export { CONTENT_SLUGS } from '../cms/content'\n",
  },
]

for (const probe of cases) {
  test(`lint refuses ${probe.what}, and passes the same file without it`, async () => {
    const refused = await lintProbe({ file: probe.file, source: probe.forbidden })
    assert.equal(refused.length, 1, refused.join('\n'))
    assert.match(refused[0], /^no-restricted-imports: /)
    assert.deepEqual(await lintProbe({ file: probe.file, source: probe.allowed }), [])
  })
}
