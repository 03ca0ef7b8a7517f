import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** lib/env parses process.env once at import: each case is a fresh process with its own variables. */
function envWith(variables: Record<string, string>): { ok: boolean; output: string } {
  const script = `import('./lib/env.ts').then(({ env }) => console.log(JSON.stringify({ s3: env.s3, mediaDir: env.mediaDir, pool: env.DATABASE_POOL_MAX })))`
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of Object.keys(env)) if (/^(S3_|MEDIA_DIR|DATABASE_POOL_MAX)/.test(name)) delete env[name]
  const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: root,
    env: { ...env, ...variables },
    encoding: 'utf8',
  })
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

test('uploads: MEDIA_DIR or DATA_DIR/media; S3 only with bucket, region and both keys; a partial S3 setup names what is missing', () => {
  const none = envWith({ DATA_DIR: '/srv/cms', MEDIA_DIR: '/mnt/shared/media' })
  assert.ok(none.ok, none.output)
  assert.deepEqual(JSON.parse(none.output.trim().split('\n').pop() ?? ''), { s3: null, mediaDir: '/mnt/shared/media', pool: 10 })

  const full = envWith({
    S3_BUCKET: 'cms-media',
    S3_REGION: 'cn-north-1',
    S3_ENDPOINT: 'https://s3.example.test',
    S3_ACCESS_KEY_ID: 'AKID',
    S3_SECRET_ACCESS_KEY: 'secret',
    S3_FORCE_PATH_STYLE: '1',
    DATABASE_POOL_MAX: '20',
  })
  assert.ok(full.ok, full.output)
  const parsed = JSON.parse(full.output.trim().split('\n').pop() ?? '')
  assert.deepEqual(parsed.s3, {
    bucket: 'cms-media',
    region: 'cn-north-1',
    endpoint: 'https://s3.example.test',
    accessKeyId: 'AKID',
    secretAccessKey: 'secret',
    forcePathStyle: true,
  })
  assert.equal(parsed.pool, 20)

  const partial = envWith({ S3_BUCKET: 'cms-media', S3_REGION: 'cn-north-1' })
  assert.equal(partial.ok, false)
  assert.match(partial.output, /S3 storage needs S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY together/)
  assert.match(partial.output, /S3_ACCESS_KEY_ID/)
  assert.doesNotMatch(partial.output, /secret/)
})
