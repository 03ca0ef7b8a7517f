import assert from 'node:assert/strict'
import os from 'node:os'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { editLockHolders, takeEditLock } from '../../helpers/editLocks'
import { api, login } from '../../helpers/rest'
import { artifactsDir, DEMO_PASSWORD } from '../productionApp'
import { app } from '../sharedApp'
import { beijingIn, moveSlotSoon } from '../slotTime'

/**
 * Issue #17's journey, in Chromium on the production build: a copywriter (at 127.0.0.1) writes an article with
 * a pasted image and a forbidden word, sees the word marked and replaces it, submits; an editor (at localhost)
 * finds it on their home page and sends it back with a comment; the copywriter sees the badge, fixes,
 * resubmits; the editor approves and schedules it from the calendar's new-entry form for the WeChat and the
 * Weibo account in one step; the worker publishes through the fakes; the item shows 已发布 with both links,
 * also to a teammate at the machine's network address; the public page shows it. A screenshot of each step
 * is kept (artifactsDir).
 */

const TITLE = '暖冬会员日：到店就有热饮和暖手宝'
const OPENING = '这个周六是社区生活馆的暖冬会员日，'
const FORBIDDEN = '最好'
const AFTER_WORD = '的福利都准备好了：到店出示会员码，就能领一杯热饮。'
const FIX = '活动时间为周六上午十点到下午六点，数量有限，送完即止。'
const WECHAT = '社区生活馆 公众号'
const WEIBO = '社区生活馆 微博'
const IMAGE_MARKDOWN = /!\[[^\]]*\]\(\/api\/media\/file\/[^)\s]+\)/

type DeliveryDoc = { id: number; state: string; url?: string | null; account: number; lastError?: unknown }

/** The machine's network address (first non-internal IPv4), as a teammate on the same network would open it. */
function networkAddress(): string {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
  assert.ok(address, `this machine has no network address besides loopback: ${JSON.stringify(os.networkInterfaces())}`)
  return address.address
}

export function journeyTests(): void {
  describe("issue #17: a copywriter's article from first word to the public page", () => {
    test('write with a pasted image and a forbidden word, review twice, schedule WeChat and Weibo in one step, publish', async () => {
      const { url, port } = app()
      await app().worker()
      const shots = artifactsDir('journey')
      let shot = 0
      const snap = (page: Page, name: string) =>
        page.screenshot({ path: path.join(shots, `${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true })
      const lan = `http://${networkAddress()}:${port}`

      // The copywriter at 127.0.0.1, the editor at localhost; at the end a teammate opens the item at the network address.
      const local = `http://localhost:${port}`
      const writer = await app().page({ email: 'copywriter@demo.local' })
      const editor = await app().page({ email: 'editor@demo.local', at: local })
      try {
        await snap(writer, 'copywriter-signed-in-at-127.0.0.1')
        await snap(editor, 'editor-signed-in-at-localhost')
        assert.equal(await signedInAs(writer), 'copywriter@demo.local', `signed in at ${url}`)
        assert.equal(await signedInAs(editor), 'editor@demo.local', `signed in at ${local}`)

        // 1. Writing: text, a pasted image, a forbidden word underlined and replaced in one click, a cover.
        await writer.goto(`${url}/admin/collections/articles/create`)
        await writer.locator('input[name="title"]').fill(TITLE, { timeout: 60_000 })
        const body = writer.locator('[data-testid="markdown-editor"] .cm-content')
        await body.click({ timeout: 60_000 })
        await writer.keyboard.type(`${OPENING}今年${FORBIDDEN}${AFTER_WORD}`)
        await writer.keyboard.press('Enter')
        await writer.keyboard.press('Enter')
        await pastePng(body, await posterPng())
        await body.filter({ hasText: IMAGE_MARKDOWN }).waitFor({ timeout: 60_000 })
        const finding = writer.locator(`[data-testid="markdown-editor"] .cm-finding[data-word="${FORBIDDEN}"]`)
        await finding.first().waitFor({ timeout: 30_000 })
        await snap(writer, 'draft-with-image-and-finding')
        await finding.first().click()
        const replace = writer.locator('[data-testid="finding-replace"]')
        await replace.first().click({ timeout: 30_000 })
        await finding.first().waitFor({ state: 'detached', timeout: 30_000 })
        const written = (await body.innerText()).replace(/\n+/g, '\n')
        assert.ok(!written.includes(FORBIDDEN), `the word is replaced: ${written}`)
        assert.match(written, IMAGE_MARKDOWN, 'the pasted image is in the text as Markdown')
        await chooseCover(writer)
        await snap(writer, 'finding-replaced')
        const id = await saveNew(writer)
        // A form update the page sent just before 提交审核, finished by a busy server after the submit, takes the
        // writer's edit lock again (seen once in CI: the editor was then told it was being edited).
        const writerToken = await login({ url, email: 'copywriter@demo.local', password: DEMO_PASSWORD })
        const lateLock = '**/api/articles/*/transition'
        await writer.route(lateLock, async (route) => {
          const answered = await route.fetch()
          await takeEditLock({ url, token: writerToken, id: Number(id) })
          await route.fulfill({ response: answered })
        })
        await fire(writer, /^提交审核$/)
        await writer.unroute(lateLock)
        await expectStatus(writer, /审核中|待审核/)
        assert.deepEqual(await editLockHolders({ url, token: writerToken, id }), [], 'submitting hands the item on: no edit lock is left')
        await snap(writer, 'submitted')

        // 2. The editor finds it on their home page and sends it back with a comment.
        await editor.goto(`${local}/admin`)
        const queued = editor.locator('[data-testid="home-review-queue"] [data-testid="home-review-item"]').filter({ hasText: TITLE })
        await queued.first().waitFor({ timeout: 60_000 })
        await snap(editor, 'home-review-queue')
        await queued.first().locator('a', { hasText: TITLE }).first().click()
        await editor.waitForURL(`**/admin/collections/articles/${id}`, { timeout: 60_000 })
        await editor.locator('textarea[placeholder^="审核意见"]').fill('开头再交代一下活动时间，读者好安排。', { timeout: 60_000 })
        await fire(editor, /退回修改|驳回修改/)
        await expectStatus(editor, /需修改/)
        await snap(editor, 'changes-requested')

        // 3. The copywriter sees the badge, opens the notice, fixes and resubmits.
        await writer.goto(`${url}/admin`)
        const badge = writer.locator('[data-testid="notification-badge"]')
        await writer.waitForFunction(
          () => Number(document.querySelector('[data-testid="notification-badge"]')?.textContent?.match(/\d+/)?.[0] ?? 0) >= 1,
          undefined,
          { timeout: 60_000 },
        )
        await snap(writer, 'notification-badge')
        await badge.click()
        const notice = writer.locator(`[data-testid="notification-list"] a[href$="/collections/articles/${id}"]`)
        await notice.first().click({ timeout: 30_000 })
        await writer.waitForURL(`**/admin/collections/articles/${id}**`, { timeout: 60_000 })
        const again = writer.locator('[data-testid="markdown-editor"] .cm-content')
        await again.click({ timeout: 60_000 })
        await writer.keyboard.press('Control+End')
        await writer.keyboard.press('Enter')
        await writer.keyboard.type(FIX)
        await save(writer, id)
        await fire(writer, /^提交审核$/)
        await expectStatus(writer, /审核中|待审核/)
        await snap(writer, 'resubmitted')

        // 4. The editor approves, then schedules it from the calendar for both accounts in one form.
        await editor.goto(`${local}/admin/collections/articles/${id}`)
        await fire(editor, /通过/)
        await expectStatus(editor, /已定稿/)
        await snap(editor, 'approved')
        const token = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
        const accounts = await accountIds({ url, token })
        await editor.goto(`${local}/admin/calendar`)
        await editor.locator('button', { hasText: '＋ 新建排期' }).first().click({ timeout: 60_000 })
        const form = editor.locator('[data-testid="entry-form"]')
        await form.waitFor({ timeout: 30_000 })
        await chooseContent(form, { title: TITLE, id })
        const due = beijingIn(2)
        for (const account of [accounts.wechat, accounts.weibo]) {
          await form.locator(`input[type="checkbox"][name="accounts"][value="${account}"]`).check({ timeout: 30_000 })
          await form.locator(`input[data-testid="entry-time-${account}"]`).fill(due.local, { timeout: 30_000 })
        }
        for (const account of [accounts.wechat, accounts.weibo])
          assert.ok(await form.locator(`input[name="accounts"][value="${account}"]`).isChecked(), `account ${account} stays ticked`)
        await snap(editor, 'entry-form-two-accounts')
        await form.locator('button', { hasText: '创建排期' }).click()
        const entries = await entriesOf({ url, token, id, count: 2 })
        assert.deepEqual(
          entries.map((entry) => entry.account).sort(),
          [accounts.wechat, accounts.weibo].sort(),
          'one slot per chosen account',
        )
        await snap(editor, 'scheduled-on-calendar')

        // 5. The worker publishes both (moved to seconds from now, as a drag would); the item shows 已发布 and both links.
        for (const entry of entries) await moveSlotSoon({ url, token, entryId: entry.id })
        const deliveries = await publishedDeliveries({ url, token, id, count: 2 })
        await editor.goto(`${local}/admin/collections/articles/${id}`)
        await expectStatus(editor, /已发布/)
        for (const delivery of deliveries) {
          assert.match(String(delivery.url), /^https?:\/\//)
          await editor.locator(`a[href="${delivery.url}"]`).first().waitFor({ timeout: 30_000 })
        }
        await snap(editor, 'published-with-links')

        // 6. The public page shows it, with the pasted image.
        const reader = await app().page()
        try {
          const { body: doc } = await api<{ slug: string }>({ url, method: 'GET', path: `/api/articles/${id}?depth=0`, token })
          const reply = await reader.goto(`${url}/articles/${doc.slug}`)
          assert.equal(reply?.status(), 200)
          await reader.getByText(TITLE).first().waitFor({ timeout: 30_000 })
          await reader.getByText(FIX).first().waitFor({ timeout: 30_000 })
          assert.ok((await reader.locator('img[src*="/api/media/file/"]').count()) >= 1, 'the pasted image is on the public page')
          await snap(reader, 'public-page')
        } finally {
          await reader.close()
        }
        // 7. A teammate opens the admin at the machine's network address and finds the published item there too.
        const teammate = await app().page({ email: 'editor@demo.local', at: lan })
        try {
          await snap(teammate, 'signed-in-at-network-address')
          const cookies = (await teammate.context().cookies()).map((cookie) => `${cookie.name}@${cookie.domain}`)
          const who = await signedInAs(teammate)
          assert.equal(who, 'editor@demo.local', `signed in at ${lan} (now at ${teammate.url()}, cookies ${cookies.join(' ')})`)
          await teammate.goto(`${lan}/admin/collections/articles/${id}`)
          await expectStatus(teammate, /已发布/)
        } finally {
          await teammate.close()
        }
      } finally {
        await writer.close()
        await editor.close()
      }
    })
  })
}

/** Who the page's session belongs to, asked from the page itself (its origin, its cookie). */
async function signedInAs(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const reply = await fetch('/api/users/me', { credentials: 'include' })
    const body = (await reply.json()) as { user?: { email?: string } | null }
    return body.user?.email ?? null
  })
}

/** A 900×500 PNG with a soft gradient: a photo-like picture with no text in it. */
async function posterPng(): Promise<Buffer> {
  const width = 900
  const height = 500
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3
      pixels[at] = 200 + Math.round((55 * x) / width)
      pixels[at + 1] = 120 + Math.round((80 * y) / height)
      pixels[at + 2] = 90
    }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer()
}

/** Pastes a PNG into the editor as the clipboard would (a paste event whose DataTransfer holds the file). */
async function pastePng(target: Locator, png: Buffer): Promise<void> {
  await target.evaluate((element, base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    const data = new DataTransfer()
    data.items.add(new File([bytes], '暖冬会员日.png', { type: 'image/png' }))
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, png.toString('base64'))
}

/** Picks the newest image of the library (the pasted one) as the cover: WeChat needs one. */
async function chooseCover(page: Page): Promise<void> {
  await page.locator('button', { hasText: '从现有中选择' }).first().click({ timeout: 30_000 })
  const drawer = page
    .locator('[role="dialog"], .drawer')
    .filter({ has: page.locator('table') })
    .last()
  await drawer.locator('tbody tr').first().locator('button, a').first().click({ timeout: 30_000 })
  await drawer.waitFor({ state: 'hidden', timeout: 30_000 })
}

/** First save of a new article: the address becomes the record's. */
async function saveNew(page: Page): Promise<string> {
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
  return /\/articles\/(\d+)/.exec(page.url())?.[1] ?? ''
}

async function save(page: Page, id: string): Promise<void> {
  const saved = page.waitForResponse((r) => r.url().includes(`/api/articles/${id}`) && r.request().method() === 'PATCH', {
    timeout: 60_000,
  })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  assert.equal((await saved).status(), 200)
}

/** Presses a review button (the page reloads with the new state). */
async function fire(page: Page, label: RegExp): Promise<void> {
  const transition = page.waitForResponse((r) => r.url().includes('/transition') && r.request().method() === 'POST', { timeout: 60_000 })
  // Caught here so that a refused transition fails with its own message, not this wait's once the page closes.
  const reloaded = page.waitForEvent('load', { timeout: 60_000 }).catch((error: unknown) => error)
  await page.getByRole('button', { name: label }).first().click({ timeout: 60_000 })
  const reply = await transition
  if (reply.status() !== 200) assert.fail(`${label} was refused (${reply.status()}): ${await reply.text().catch(() => '')}`)
  const load = await reloaded
  if (load instanceof Error) throw load
}

async function expectStatus(page: Page, label: RegExp): Promise<void> {
  await page.locator('[data-testid="review-status"]').filter({ hasText: label }).first().waitFor({ timeout: 60_000 })
  // One status on the page: the header's and the review bar's say the same, never Payload's own draft/published wording.
  const statuses = await page.locator('[data-testid="review-status"], [data-testid="header-review-status"]').allInnerTexts()
  for (const text of statuses) assert.match(text, label, `every status on the page: ${JSON.stringify(statuses)}`)
}

async function accountIds(args: { url: string; token: string }): Promise<{ wechat: number; weibo: number }> {
  const reply = await api<{ docs: { id: number; name: string }[] }>({
    ...args,
    method: 'GET',
    path: '/api/platform-accounts?limit=50&depth=0',
  })
  const idOf = (name: string) => {
    const found = reply.body.docs.find((doc) => doc.name === name)
    assert.ok(found, `the demo account ${name}`)
    return found.id
  }
  return { wechat: idOf(WECHAT), weibo: idOf(WEIBO) }
}

/**
 * Picks the content in the entry form (the option that names the title), then waits for the item's plan (its
 * slots so far) the form reads next and ticks its accounts from, so what the test ticks after is not reset by it.
 */
async function chooseContent(form: Locator, item: { title: string; id: string }): Promise<void> {
  const page = form.page()
  const select = form.locator('select').filter({ has: page.locator('option', { hasText: item.title }) })
  await select.first().waitFor({ timeout: 30_000 })
  const value = await select.first().locator('option', { hasText: item.title }).first().getAttribute('value')
  const planned = page.waitForResponse(
    (r) =>
      decodeURIComponent(r.url()).includes(
        `/api/calendar-entries?where[content.relationTo][equals]=articles&where[content.value][equals]=${item.id}`,
      ),
    { timeout: 30_000 },
  )
  await select.first().selectOption(value ?? '')
  await planned
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))))
}

type EntryDoc = { id: number; account: number; state: string }

async function entriesOf(args: { url: string; token: string; id: string; count: number }): Promise<EntryDoc[]> {
  const deadline = Date.now() + 30_000
  let docs: EntryDoc[] = []
  while (Date.now() < deadline) {
    const reply = await api<{ docs: EntryDoc[] }>({
      ...args,
      method: 'GET',
      path: `/api/calendar-entries?where[content.value][equals]=${args.id}&where[content.relationTo][equals]=articles&depth=0&limit=10`,
    })
    docs = reply.body.docs ?? []
    if (docs.length >= args.count) return docs
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the form did not create ${args.count} slots: ${JSON.stringify(docs)}`)
}

async function publishedDeliveries(args: { url: string; token: string; id: string; count: number }): Promise<DeliveryDoc[]> {
  const deadline = Date.now() + 150_000
  let docs: DeliveryDoc[] = []
  while (Date.now() < deadline) {
    const reply = await api<{ docs: DeliveryDoc[] }>({
      ...args,
      method: 'GET',
      path: `/api/deliveries?where[content.value][equals]=${args.id}&where[content.relationTo][equals]=articles&depth=0&limit=10`,
    })
    docs = reply.body.docs ?? []
    if (docs.length === args.count && docs.every((doc) => doc.state === 'published' && doc.url)) return docs
    if (docs.some((doc) => ['failed', 'needs_reauth', 'cancelled', 'manual'].includes(doc.state))) break
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  const log = (await app().worker()).output().split('\n').slice(-30).join('\n')
  throw new Error(`the worker did not publish both: ${JSON.stringify(docs)}\n--- worker ---\n${log}`)
}
