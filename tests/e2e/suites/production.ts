import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, test } from 'node:test'
import { Redis } from 'ioredis'
import sharp from 'sharp'
import { PLATFORMS } from '../../../lib/platforms'
import { addDays } from '../../../lib/zonedTime'
import { MONTH_ARTICLES } from '../../../cms/seed/demoMonthContent'
import { FINISHED_CAMPAIGN_ARTICLES } from '../../../cms/seed/demoFinishedCampaign'
import { demoStartedDrafts } from '../../../cms/seed/demoPlanningTopics'
import { createStatsQueue, STATS_QUEUE } from '../../../scheduler/statsJobs'
import { failingWorker } from '../../helpers/failingWorker'
import { fakeMp4 } from '../../helpers/fakeMp4'
import { postOnOwnConnection } from '../../helpers/ownConnection'
import { api, login } from '../../helpers/rest'
import { freePort, startProcess } from '../../helpers/processes'
import { artifactsDir, DEMO_PASSWORD, productionEnv, root } from '../productionApp'
import { app } from '../sharedApp'

/**
 * The production build on the demo data: start-up, the Chinese admin, the published articles, the calendar's
 * drag, the queues page, issue #10's headers, uploads and restoring a version. Runs before anything in the
 * run publishes (the published count is the seed's) and before the worker starts (the queues page says none listens).
 */
export function productionTests(): void {
  describe('production build on the demo data', () => {
    test('production refuses to start without CREDENTIALS_KEY, saying why', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-prod-'))
      const started = startProcess({
        command: process.execPath,
        argv: ['scripts/start.mjs'],
        cwd: root,
        env: productionEnv(dataDir, { PAYLOAD_SECRET: randomBytes(24).toString('hex'), PORT: String(await freePort()) }),
      })
      const code = await new Promise<number | null>((resolve) => started.child.on('exit', resolve))
      fs.rmSync(dataDir, { recursive: true, force: true })
      assert.notEqual(code, 0)
      assert.match(started.output(), /CREDENTIALS_KEY is required in production/)
    })

    test('next start serves the admin in Chinese on the committed migrations, and the demo users log in', async () => {
      const { url } = app()
      assert.match(app().serverOutput(), /Migrated:\s+\d+_\d+_initial/)

      const page = await fetch(`${url}/admin/login`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })
      assert.equal(page.status, 200)
      const html = await page.text()
      assert.match(html, /<html[^>]*lang="zh"/)
      assert.ok(html.includes('登录'), 'the login page speaks Chinese')
      assert.equal(page.headers.get('keep-alive'), 'timeout=65', 'idle connections outlast a balancer’s 60 s')

      const english = await fetch(`${url}/admin/login`, { headers: { cookie: 'payload-lng=en' } })
      assert.match(await english.text(), /<html[^>]*lang="en"/, 'English stays selectable')

      const published = (await (await fetch(`${url}/api/articles?where[status][equals]=published&depth=1&limit=100`)).json()) as {
        docs: { slug: string; title: string; cover: { url: string } }[]
      }
      // The demo's one published article of the review states, last month's (cms/seed/demoMonthContent.ts) and the finished campaign's.
      assert.equal(
        published.docs.length,
        1 + MONTH_ARTICLES.length + FINISHED_CAMPAIGN_ARTICLES.length,
        'visitors see the published articles only',
      )
      const pageReply = await fetch(`${url}/articles/${published.docs[0].slug}`)
      assert.equal(pageReply.status, 200)
      const pageHtml = await pageReply.text()
      assert.ok(pageHtml.includes(published.docs[0].title))
      assert.ok(pageHtml.includes('<h2'), 'the Markdown body is rendered')
      assert.equal((await fetch(`${url}${published.docs[0].cover.url}`)).status, 200, 'its cover is public')
      assert.equal((await fetch(`${url}/articles/no-such-article`)).status, 404)

      for (const role of ['admin', 'editor', 'copywriter', 'designer']) {
        const token = await login({ url, email: `${role}@demo.local`, password: 'demo-pass-2026' })
        const reply = await fetch(`${url}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
          body: JSON.stringify({ query: '{ Articles(limit: 50) { totalDocs } }' }),
        })
        const body = (await reply.json()) as { data?: { Articles?: { totalDocs: number } } }
        assert.equal(
          body.data?.Articles?.totalDocs,
          7 + MONTH_ARTICLES.length + FINISHED_CAMPAIGN_ARTICLES.length + demoStartedDrafts(),
          `${role} reads the seeded articles`,
        )
      }
    })

    test('an editor drags a calendar entry to another day in the browser, and the new time is stored', async () => {
      const { url } = app()
      const token = await login({ url, email: 'editor@demo.local', password: 'demo-pass-2026' })
      const list = (await (
        await fetch(`${url}/api/calendar-entries?sort=publishAt&limit=1&where[state][equals]=scheduled`, {
          headers: { authorization: `JWT ${token}` },
        })
      ).json()) as { docs: { id: number; publishAt: string }[] }
      const entry = list.docs[0]
      assert.ok(entry, 'the demo week has a scheduled entry')
      const day = new Date(entry.publishAt).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
      const target = addDays(day, 2)

      const page = await app().page({ email: 'editor@demo.local', options: { viewport: { width: 1440, height: 1000 } } })
      try {
        await page.goto(`${url}/admin/calendar`)
        // The board loads its entries and the accounts' 群发 quota after it renders: drag once it is settled.
        await page.waitForLoadState('networkidle')
        await page.dragAndDrop(`[data-entry-id="${entry.id}"]`, `[data-day="${target}"]`, { timeout: 60_000 })
        await page.waitForSelector(`[data-day="${target}"] [data-entry-id="${entry.id}"]`, { timeout: 30_000 })
      } finally {
        await page.close()
      }
      const stored = (await (
        await fetch(`${url}/api/calendar-entries/${entry.id}`, { headers: { authorization: `JWT ${token}` } })
      ).json()) as { publishAt: string }
      const expected = new Date(new Date(entry.publishAt).getTime() + 2 * 86_400_000).toISOString()
      assert.equal(stored.publishAt, expected, 'same Beijing time, two days later')
    })

    test('an admin opens the publishing queues in the browser: each platform and background queue, whether a worker listens, and 重试 on a failed run', async () => {
      const { url } = app()
      const admin = await login({ url, email: 'admin@demo.local', password: DEMO_PASSWORD })
      const accounts = await api<{ docs: { id: number | string; name: string }[] }>({
        url,
        method: 'GET',
        path: '/api/platform-accounts?limit=1&depth=0&sort=name',
        token: admin,
      })
      const account = accounts.body.docs[0]
      assert.ok(account, JSON.stringify(accounts.body))
      // A statistics run that failed for good last night, on the server's own Redis.
      const failed = await failedStatsRun({
        redisUrl: String(app().env.REDIS_URL),
        account: account.id,
        reason: '微博授权已失效，请重新授权',
      })
      const page = await app().page({ email: 'admin@demo.local', options: { viewport: { width: 1280, height: 720 } } })
      try {
        await page.goto(`${url}/admin/queues`)
        await page.waitForSelector('h1:has-text("发布队列与后台任务")', { timeout: 30_000 })
        // The server has a Redis of its own and no worker runs beside it: each queue says none listens.
        const wechat = await page.waitForSelector('[data-queue="wechat"]', { timeout: 30_000 })
        assert.match((await wechat.textContent()) ?? '', /公众号[\s\S]*没有发布进程在监听/)
        assert.equal(await page.locator('[data-queue]').count(), PLATFORMS.length)
        // The worker's other queues too, with no worker to run them and so no daily run scheduled yet.
        const stats = page.locator('[data-background-queue="stats"]')
        await stats.waitFor({ timeout: 30_000 })
        assert.match((await stats.textContent()) ?? '', /数据回收[\s\S]*没有后台进程在处理[\s\S]*每日数据回收：尚未排定/)
        assert.equal(await page.locator('[data-background-queue]').count(), 4)
        // 通知补发 counts the notifications whose copies wait or were given up, linked to the filtered list.
        const backlog = page.locator('[data-background-queue="notify"] [data-outward-backlog]')
        await backlog.waitFor({ timeout: 30_000 })
        const backlogText = (await backlog.textContent()) ?? ''
        const pending = Number(/待补发：(\d+) 条通知/.exec(backlogText)?.[1] ?? 'NaN')
        assert.ok(Number.isInteger(pending) && /近 7 天已放弃：\d+ 条/.test(backlogText), backlogText)
        // The failed run names its account and day, and says why.
        const row = stats.locator('tr[data-background-job="failed"]')
        await row.filter({ hasText: `${account.name} · ${failed.day} 的数据` }).waitFor({ timeout: 30_000 })
        assert.match((await row.textContent()) ?? '', /出错，已放弃[\s\S]*微博授权已失效/)
        await page.screenshot({ path: path.join(artifactsDir('production'), 'queues.png'), fullPage: true })
        // 重试: back in the queue for a worker, and the board reads the queues again.
        await page.click(`[data-retry-background-job="${failed.jobId}"]`)
        await row.waitFor({ state: 'detached', timeout: 30_000 })
        assert.match((await stats.textContent()) ?? '', /排队中 1/)
        assert.equal(await failed.state(), 'waiting')
        // The count's link opens the notification list with that filter, and it lists as many.
        await backlog.locator('a').first().click()
        await page.waitForURL(/\/admin\/collections\/notifications\?.*emailOutward/, { timeout: 30_000 })
        await page.waitForSelector('h1:has-text("通知")', { timeout: 30_000 })
        await page.waitForLoadState('networkidle')
        assert.equal(await page.locator('table tbody tr').count(), pending)
      } finally {
        await page.close()
        await failed.remove()
      }
    })

    test('an editor finds a delivery in 发布记录 by a word of its content’s title, and the record is headed by that title', async () => {
      const { url } = app()
      const article = MONTH_ARTICLES[0]
      const word = '羊肉汤'
      assert.ok(article.title.includes(word))
      const token = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      const matching = await api<{ totalDocs: number; docs: { title: string }[] }>({
        url,
        method: 'GET',
        path: `/api/deliveries?where[title][like]=${encodeURIComponent(word)}&depth=0&limit=10`,
        token,
      })
      const all = await api<{ totalDocs: number }>({ url, method: 'GET', path: '/api/deliveries?depth=0&limit=1', token })
      assert.ok(matching.body.totalDocs > 0 && matching.body.totalDocs < all.body.totalDocs, JSON.stringify(matching.body.totalDocs))
      const page = await app().page({ email: 'editor@demo.local' })
      try {
        await page.goto(`${url}/admin/collections/deliveries`)
        const search = page.locator('.search-filter__input')
        await search.waitFor({ timeout: 60_000 })
        assert.equal(await search.getAttribute('placeholder'), '搜索 内容标题 或 发布链接')
        await page.waitForLoadState('networkidle')
        await search.fill(word)
        await page.waitForURL(/search=/, { timeout: 30_000 })
        // The list keeps exactly the deliveries of that title, each row naming it in its content column.
        const rows = page.locator('table tbody tr')
        const shown = () => rows.evaluateAll((found) => found.map((row) => row.textContent ?? ''))
        const deadline = Date.now() + 30_000
        let texts = await shown()
        while (!(texts.length === matching.body.docs.length && texts.every((text) => text.includes(word))) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 250))
          texts = await shown()
        }
        assert.equal(texts.length, matching.body.docs.length, JSON.stringify(texts))
        assert.ok(
          texts.every((text) => text.includes(word)),
          JSON.stringify(texts),
        )
        await rows.first().locator('a').first().click()
        await page.locator('h1', { hasText: word }).waitFor({ timeout: 60_000 })
      } finally {
        await page.close()
      }
    })

    test("issue #10: every answer forbids framing and sniffing; a cookie counts only from the app's own origin (PUBLIC_URL unset)", async () => {
      const { url } = app()
      const published = (await (await fetch(`${url}/api/articles?where[status][equals]=published&depth=1`)).json()) as {
        docs: { slug: string; cover: { url: string } }[]
      }
      for (const route of [
        '/admin/login',
        '/api/users/me',
        `/articles/${published.docs[0].slug}`,
        published.docs[0].cover.url,
        '/no-such-page',
      ]) {
        const reply = await fetch(`${url}${route}`)
        assert.equal(reply.headers.get('x-frame-options'), 'DENY', route)
        assert.equal(reply.headers.get('content-security-policy'), "frame-ancestors 'none'", route)
        assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', route)
        assert.equal(reply.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', route)
      }
      const cookie = `payload-token=${await login({ url, email: 'editor@demo.local', password: 'demo-pass-2026' })}`
      const me = async (origin: string) =>
        ((await (await fetch(`${url}/api/users/me`, { headers: { cookie, origin } })).json()) as { user: { email: string } | null }).user
      assert.equal((await me(url))?.email, 'editor@demo.local', "the server's own origin (127.0.0.1:PORT)")
      assert.equal(await me('https://evil.example'), null)
    })

    test("issue #10: uploads past the proxy's 10 MB reach the documented limits; past them a 413 names the limit", async () => {
      const { url } = app()
      const designer = await login({ url, email: 'designer@demo.local', password: 'demo-pass-2026' })
      const upload = async (file: Blob, name: string) => {
        const form = new FormData()
        form.append('file', file, name)
        form.append('_payload', JSON.stringify({ alt: name }))
        const reply = await fetch(`${url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${designer}` }, body: form })
        return { status: reply.status, body: (await reply.json()) as { doc?: { filesize: number }; errors?: { message: string }[] } }
      }
      // Random pixels, stored uncompressed: a real photo of about 16 MB.
      const photo = await sharp(randomBytes(2560 * 2200 * 3), { raw: { width: 2560, height: 2200, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer()
      assert.ok(photo.length > 15 * 1024 * 1024, `${photo.length} bytes`)
      const accepted = await upload(new Blob([new Uint8Array(photo)], { type: 'image/png' }), 'big-photo.png')
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body))
      assert.ok(Number(accepted.body.doc?.filesize) > 15 * 1024 * 1024, JSON.stringify(accepted.body.doc))
      // On a connection of its own: Payload answers 413 without reading the rest, and that connection is then dropped.
      const tooLong = await postFormOnOwnConnection({ url: `${url}/api/media`, token: designer, form: videoForm(201 * 1024 * 1024) })
      assert.equal(tooLong.status, 413, JSON.stringify(tooLong.body))
      assert.match(String(tooLong.body.errors?.[0]?.message), /视频最大 200\.0 MB/)
    })

    test('issue #10: a copywriter restores the first version of their draft in the admin', async (t) => {
      const { url } = app()
      const writer = await login({ url, email: 'copywriter@demo.local', password: 'demo-pass-2026' })
      const save = (route: string, method: string, title: string) =>
        fetch(`${url}${route}`, {
          method,
          headers: { authorization: `JWT ${writer}`, 'content-type': 'application/json' },
          body: JSON.stringify({ title, body: `${title}。` }),
        })
      const { doc } = (await (await save('/api/articles', 'POST', '恢复测试：第一稿')).json()) as { doc: { id: number } }
      // Only admins delete content: the draft goes once checked, so the seeded counts hold whatever runs after.
      t.after(async () => {
        const { url } = app()
        const admin = await login({ url, email: 'admin@demo.local', password: 'demo-pass-2026' })
        await fetch(`${url}/api/articles/${doc.id}`, { method: 'DELETE', headers: { authorization: `JWT ${admin}` } })
      })
      assert.equal((await save(`/api/articles/${doc.id}`, 'PATCH', '恢复测试：第二稿')).status, 200)
      const versions = (await (
        await fetch(`${url}/api/articles/versions?where[parent][equals]=${doc.id}&sort=createdAt`, {
          headers: { authorization: `JWT ${writer}` },
        })
      ).json()) as { docs: { id: number }[] }
      const page = await app().page({ email: 'copywriter@demo.local', options: { viewport: { width: 1280, height: 720 } } })
      try {
        await page.goto(`${url}/admin/collections/articles/${doc.id}/versions/${versions.docs[0].id}`)
        await page.click('button:has-text("恢复此版本")', { timeout: 60_000 })
        await page.click('button:has-text("确认")', { timeout: 30_000 })
        await page.waitForURL(`**/admin/collections/articles/${doc.id}`, { timeout: 60_000 })
      } finally {
        await page.close()
      }
      const restored = (await (
        await fetch(`${url}/api/articles/${doc.id}?depth=0`, { headers: { authorization: `JWT ${writer}` } })
      ).json()) as { title: string; status: string }
      assert.deepEqual([restored.title, restored.status], ['恢复测试：第一稿', 'draft'])
    })
  })
}

function videoForm(bytes: number): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(fakeMp4(bytes))], { type: 'video/mp4' }), 'too-long.mp4')
  form.append('_payload', JSON.stringify({ alt: 'too-long.mp4' }))
  return form
}

async function postFormOnOwnConnection(args: {
  url: string
  token: string
  form: FormData
}): Promise<{ status: number; body: { errors?: { message: string }[] } }> {
  const encoded = new Response(args.form)
  const reply = await postOnOwnConnection({
    url: args.url,
    headers: { authorization: `JWT ${args.token}`, 'content-type': encoded.headers.get('content-type') ?? '' },
    body: Buffer.from(await encoded.arrayBuffer()),
  })
  return { status: reply.status, body: JSON.parse(reply.text || '{}') as { errors?: { message: string }[] } }
}

/**
 * One account's statistics run, failed for good by a worker that runs only for it (then stops, so the
 * page still finds no worker). Answers its job id, its state, and how to remove it: later suites start
 * the real worker, which must not find it.
 */
async function failedStatsRun(args: { redisUrl: string; account: number | string; reason: string }) {
  const day = '2026-12-04'
  const jobId = `stats-${args.account}-${day}`
  const connection = new Redis(args.redisUrl, { maxRetriesPerRequest: null })
  const queue = createStatsQueue(connection)
  await queue.add('collect', { account: args.account, day }, { jobId, attempts: 1 })
  const worker = await failingWorker({ connection, queue: STATS_QUEUE, reason: args.reason })
  await worker.close()
  return {
    jobId,
    day,
    state: async () => (await queue.getJob(jobId))?.getState(),
    remove: async () => {
      await (await queue.getJob(jobId))?.remove()
      await queue.close()
      connection.disconnect()
    },
  }
}
