import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { chromium } from 'playwright-core'
import { zonedDate } from '../../lib/zonedTime'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startWechatFake } from '../fakes/wechat'
import { CHROMIUM_ARGS, ensureChromium } from '../helpers/chromium'
import { startTestRedis, type TestRedis } from '../helpers/redis'
import { api, login } from '../helpers/rest'
import { freePort, type Started, startProcess, waitForHttp } from '../helpers/processes'
import { artifactsDir, buildOnce, productionEnv, root, signIn } from './productionApp'

/**
 * Issue #12 in the browser: an editor builds a 群发 of a lead and one 次条 on the calendar; the worker
 * sends it through the WeChat fake, whose MASSSENDJOBFINISH reaches the app's callback address; the
 * editor opens the entry and sees it published with both articles' links.
 */

const ZONE = 'Asia/Shanghai'
const LEAD = '双12 年终盛典攻略：三步领齐会员福利'
const SECOND = '会员日福利清单：本周四晚 8 点开抢'
const ACCOUNT = '浏览器测试 订阅号'
const CALLBACK_TOKEN = 'e2e-wechat-callback-token'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-push-'))
const shots = artifactsDir('wechatPush')
let server: Started | null = null
let worker: Started | null = null
let redis: TestRedis | null = null
let wechat: RunningFake | null = null
let url = ''

before(async () => {
  await buildOnce()
  // A Redis of its own: only this file's worker listens on its queues.
  redis = await startTestRedis()
  // The fake answers at once and finishes a send job at its first status check; its completion event goes to the app.
  wechat = await startWechatFake({ port: 0, options: { publishPollsUntilFinal: 0 } })
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  const env = productionEnv(dataDir, {
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    CREDENTIALS_KEY: randomBytes(32).toString('base64'),
    WECHAT_API_BASE: wechat.baseUrl,
    REDIS_URL: redis.url,
    PUBLIC_URL: url,
  })
  server = startProcess({
    command: process.execPath,
    argv: ['scripts/start.mjs'],
    cwd: root,
    env: { ...env, SEED_DEMO: '1', PORT: String(port) },
  })
  await waitForHttp({ url: `${url}/api/users/me`, timeoutMs: 180_000, started: server })
  // The worker starts once the server has migrated and seeded the database they share.
  worker = startProcess({ command: process.execPath, argv: ['--import', 'tsx', 'scheduler/worker.ts'], cwd: root, env })
  const deadline = Date.now() + 60_000
  while (!worker.output().includes('scheduler worker ready')) {
    if (worker.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the worker did not start:\n${worker.output().slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
})
after(async () => {
  await worker?.stop()
  await server?.stop()
  await wechat?.close()
  await redis?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Beijing date and time (HH:MM) whole minutes after now: the calendar takes whole minutes. */
function beijingIn(minutes: number): { date: string; time: string; at: Date } {
  const at = new Date(Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000)
  const time = at.toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false })
  return { date: zonedDate({ at, timeZone: ZONE }), time, at }
}

type DeliveryDoc = {
  id: number
  state: string
  url?: string | null
  mode?: string | null
  msgId?: string | null
  bundle?: { article: number | { id: number }; url?: string | null }[] | null
  lastError?: unknown
}

test('issue #12: an editor builds a 群发 of a lead and a 次条 on the calendar, and sees it published with both links', async () => {
  const admin = await login({ url, email: 'admin@demo.local', password: 'demo-pass-2026' })
  const editor = await login({ url, email: 'editor@demo.local', password: 'demo-pass-2026' })
  // An account of its own (the fake's app), so the day's one 群发 is this test's whatever the demo plans.
  // Its 服务器配置 token signs WeChat's pushes to our callback address; the fake signs with the same one.
  const created = await api<{ doc: { id: number } }>({
    url,
    method: 'POST',
    path: '/api/platform-accounts',
    token: admin,
    body: {
      platform: 'wechat',
      name: ACCOUNT,
      settings: { openComments: false, accountType: 'subscription', defaultPushMode: 'publish' },
      credentials: { appId: 'wx0000000000000001', appSecret: 'fake-wechat-app-secret', callbackToken: CALLBACK_TOKEN },
    },
  })
  assert.equal(created.status, 201, JSON.stringify(created.body))
  const account = created.body.doc
  const fake = createFakeControl(wechat?.baseUrl ?? '')
  await fake.configure({ callbackUrl: `${url}/api/platform-accounts/${account.id}/callback`, callbackToken: CALLBACK_TOKEN })

  const due = beijingIn(3)
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ locale: 'zh-CN', timezoneId: ZONE, viewport: { width: 1440, height: 1100 } })
    await signIn(page, { url, email: 'editor@demo.local' })
    await page.goto(`${url}/admin/calendar`)
    const today = zonedDate({ at: new Date(), timeZone: ZONE })
    await page.click(`button[aria-label="在 ${today} 新建排期"]`, { timeout: 60_000 })
    const form = page.locator('[data-entry-form="new"]')
    await form.locator('select[aria-label="内容"]').selectOption({ label: `[图文] ${LEAD}` }, { timeout: 30_000 })
    await form.locator('select[aria-label="发布账号"]').selectOption({ label: ACCOUNT }, { timeout: 30_000 })
    await form.locator('input[aria-label="日期"]').fill(due.date)
    await form.locator('input[aria-label="时间"]').fill(due.time)
    // The account's default is 发表不通知: the editor picks 群发 for this slot.
    const mode = form.locator('select[aria-label="推送方式"]')
    assert.equal(await mode.inputValue({ timeout: 30_000 }), 'publish', "the form starts with the account's default mode")
    await mode.selectOption({ label: '群发通知粉丝' })
    await form.locator('select[aria-label="添加次条"]').selectOption({ label: SECOND }, { timeout: 30_000 })
    await form.locator('button:has-text("＋ 添加次条")').click()
    assert.equal(await form.locator('[data-bundle-item]').count(), 1)
    assert.match((await form.locator('[data-bundle-lead]').textContent()) ?? '', new RegExp(LEAD))
    const quota = form.locator('[data-quota-line]')
    await quota.waitFor({ timeout: 30_000 })
    assert.match((await quota.textContent()) ?? '', /群发剩余 1\/1/, 'the subscription account has its one 群发 of the day left')
    await page.screenshot({ path: path.join(shots, '1-bundle-built.png'), fullPage: true })

    await form.locator('button:has-text("保存")').click()
    const saved = await Promise.race([
      form.waitFor({ state: 'detached', timeout: 30_000 }).then(() => null),
      form
        .locator('[role="alert"]')
        .waitFor({ timeout: 30_000 })
        .then(() => form.locator('[role="alert"]').textContent()),
    ])
    assert.equal(saved, null, `the save was refused: ${saved}`)
    const chip = page.locator('[data-entry-id]', { has: page.locator('[data-entry-mode="mass"]') }).filter({ hasText: `${LEAD} +1` })
    await chip.first().waitFor({ timeout: 30_000 })
    const entryId = (await chip.first().getAttribute('data-entry-id')) ?? ''
    await page.screenshot({ path: path.join(shots, '2-entry-on-calendar.png'), fullPage: true })

    // The worker sends it at its time; the fake's completion event reaches the callback address.
    const delivery = await publishedDelivery({ token: editor, entryId, by: due.at.getTime() + 150_000 })
    assert.equal(delivery.mode, 'mass')
    assert.equal(delivery.bundle?.length, 1)

    await page.reload()
    await page.click(`[data-edit-entry="${entryId}"]`, { timeout: 60_000 })
    const result = page.locator(`[data-entry-form="${entryId}"] [data-entry-result]`)
    await result.locator('[data-delivery-state="published"]').waitFor({ timeout: 30_000 })
    const links = result.locator('a[data-article-link]')
    assert.equal(await links.count(), 2, 'the lead and the 次条 each have a link')
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    assert.deepEqual(hrefs, [delivery.url, delivery.bundle?.[0]?.url])
    for (const href of hrefs) assert.match(String(href), /^https?:\/\//)
    assert.notEqual(hrefs[0], hrefs[1])
    await page.screenshot({ path: path.join(shots, '3-published-with-links.png'), fullPage: true })
  } finally {
    await browser.close()
  }

  // On the platform: one draft holding both articles in order, sent once.
  const ledger = await fake.ledger()
  const sends = ledger.entries.filter((entry) => entry.kind === 'sendall')
  assert.equal(sends.length, 1, JSON.stringify(sends))
  const drafts = ledger.entries.filter((entry) => entry.kind === 'draft')
  const titles = drafts.map((entry) => entry.data.titles ?? entry.data.articles)
  assert.ok(
    titles.some(
      (list) => JSON.stringify(list).indexOf(LEAD) >= 0 && JSON.stringify(list).indexOf(LEAD) < JSON.stringify(list).indexOf(SECOND),
    ),
    `a draft holds the lead, then the 次条: ${JSON.stringify(titles)}`,
  )
})

/** Reads the entry's delivery until it is published (or fails the test with its state and the worker's last lines). */
async function publishedDelivery(args: { token: string; entryId: string; by: number }): Promise<DeliveryDoc> {
  let last: DeliveryDoc | undefined
  while (Date.now() < args.by) {
    const reply = await api<{ docs: DeliveryDoc[] }>({
      url,
      method: 'GET',
      path: `/api/deliveries?where[calendarEntry][equals]=${args.entryId}&depth=0&limit=1&sort=-createdAt`,
      token: args.token,
    })
    last = reply.body.docs?.[0]
    if (last?.state === 'published' && last.url && last.bundle?.every((item) => item.url)) return last
    if (last && ['failed', 'needs_reauth', 'cancelled', 'manual'].includes(last.state)) break
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  const log = (worker?.output() ?? '').split('\n').slice(-30).join('\n')
  throw new Error(`the push did not end published with both links: ${JSON.stringify(last)}\n--- worker ---\n${log}`)
}
