import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, test } from 'node:test'
import { useTestRedis } from '../helpers/redis'
import { startProcess } from '../helpers/processes'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * `cms/startup/prepareDatabase.ts`, the step `npm run up` and `npm start` run before the web server, on
 * an empty database: it loads the demo and exits. The demo's last notifications are saved moments
 * before the exit; their copies must be settled by then, not left 待补发 on the 后台任务 board for the
 * two minutes until a worker's sweep gets to them.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let cms: TestCms
let redis: { release: () => Promise<void> }

before(async () => {
  redis = await useTestRedis()
  cms = await startTestCms()
})
after(async () => {
  await cms?.close()
  await redis?.release()
})

test('the demo is loaded and no notification is left waiting for its e-mail or group copy when the step exits', async () => {
  const started = startProcess({
    command: process.execPath,
    argv: ['--import', 'tsx', 'cms/startup/prepareDatabase.ts'],
    cwd: root,
    // The same database file as this process's CMS, empty; its REDIS_URL for the demo's scheduled items.
    env: { ...process.env, SEED_DEMO: '1', LOG_LEVEL: 'warn' },
  })
  const code = await new Promise<number | null>((resolve) => started.child.once('exit', resolve))
  assert.equal(code, 0, started.output().slice(-3000))

  const { payload } = cms
  const notifications = await payload.find({ collection: 'notifications', overrideAccess: true, depth: 0, limit: 0, pagination: false })
  assert.ok(notifications.docs.length > 0, 'the demo leaves people notifications')
  const waiting = notifications.docs.filter((doc) => doc.emailOutward === 'pending' || doc.robotOutward === 'pending')
  assert.deepEqual(
    waiting.map((doc) => `${doc.kind}: ${doc.message}`),
    [],
  )
})
