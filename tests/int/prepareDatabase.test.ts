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
 * two minutes until a worker's sweep gets to them. Its PUBLIC_URL warning counts only accounts that
 * post through a real platform's API.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let cms: TestCms
let redis: { release: () => Promise<void> }
/** As `npm run up` without real platforms: every API platform goes to a local fake, PUBLIC_URL unset. */
const LOCAL_FAKES = {
  WECHAT_API_BASE: 'http://127.0.0.1:4101',
  WEIBO_API_BASE: 'http://127.0.0.1:4102',
  TOUTIAO_API_BASE: 'http://127.0.0.1:4103',
  DOUYIN_API_BASE: 'http://127.0.0.1:4104',
  PUBLIC_URL: undefined,
}
const PUBLIC_URL_WARNING = '不是对外地址'

async function runPrepareDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  const started = startProcess({ command: process.execPath, argv: ['--import', 'tsx', 'cms/startup/prepareDatabase.ts'], cwd: root, env })
  const code = await new Promise<number | null>((resolve) => started.child.once('exit', resolve))
  assert.equal(code, 0, started.output().slice(-3000))
  return started.output()
}

before(async () => {
  redis = await useTestRedis()
  cms = await startTestCms()
})
after(async () => {
  await cms?.close()
  await redis?.release()
})

test('the demo is loaded, warns of nothing on its fakes, and leaves no notification waiting for its e-mail or group copy', async () => {
  // The same database file as this process's CMS, empty; its REDIS_URL for the demo's scheduled items.
  const output = await runPrepareDatabase({ ...process.env, ...LOCAL_FAKES, SEED_DEMO: '1', LOG_LEVEL: 'warn' })
  // The demo's 小红书 and 视频号 accounts are hand-offs (an operator posts them): no post of ours links back here.
  assert.ok(!output.includes(PUBLIC_URL_WARNING), output.slice(-3000))

  const { payload } = cms
  const notifications = await payload.find({ collection: 'notifications', overrideAccess: true, depth: 0, limit: 0, pagination: false })
  assert.ok(notifications.docs.length > 0, 'the demo leaves people notifications')
  const waiting = notifications.docs.filter((doc) => doc.emailOutward === 'pending' || doc.robotOutward === 'pending')
  assert.deepEqual(
    waiting.map((doc) => `${doc.kind}: ${doc.message}`),
    [],
  )
})

test('the start warns about PUBLIC_URL once an account posts to a real platform, and counts only those', async () => {
  // The demo is loaded (the test above); now Weibo goes to the real host, the others still to fakes.
  const output = await runPrepareDatabase({ ...process.env, ...LOCAL_FAKES, WEIBO_API_BASE: undefined, LOG_LEVEL: 'warn' })
  assert.match(output, /PUBLIC_URL（未设置 unset）不是对外地址，而有 1 个发布账号连的是真实平台/)
})
