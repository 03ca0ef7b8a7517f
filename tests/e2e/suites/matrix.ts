import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { addDays, zonedDate, zonedToUtc } from '../../../lib/zonedTime'
import { weekDays, weekStart } from '../../../cms/calendar/calendarGrid'
import { api, login } from '../../helpers/rest'
import { artifactsDir, DEMO_PASSWORD, onPage } from '../productionApp'
import { assertAllDisabled, serverHtmlPage } from '../serverHtml'
import { app, ZONE } from '../sharedApp'

/**
 * Issue #14's calendar by account, in Chromium on the production build: two 小红书 accounts and a 公众号,
 * an approved 小红书 note with a slot on the first 小红书 account; the editor opens 按账号 and sees one row per
 * account and the empty days; the WeChat row will not take the note's slot (and nothing is sent); the slot
 * dragged onto the second 小红书 account's cell of another day is moved there in one PATCH, its time of day kept.
 * Then the demo operator schedules from the calendar's ＋, offered only the accounts assigned to them, and an
 * editor sets up a title test there: each account its own title of the article.
 */

const XHS_A = '矩阵测试 小红书 探店号'
const XHS_B = '矩阵测试 小红书 好物号'
const WECHAT = '矩阵测试 公众号'
const NOTE = '冬日探店：社区生活馆的热饮地图'
const OPERATOR_NOTE = '冬日探店：生活馆二楼的暖手宝'
const TITLE_TEST = ['年终会员日：三步领齐福利', '会员日三步领券，省下一顿年夜饭', '双12 会员日，这三张券别错过']
const TITLE_ACCOUNTS = ['标题测试 公众号 甲', '标题测试 公众号 乙']
const SLOT_TIME = '10:30'

type Id = number | string
type EntryDoc = { id: Id; account: Id; publishAt: string; state: string; titleVariant?: number | null }
type DeliveryDoc = { id: Id; account: Id; state: string }

export function matrixTests(): void {
  describe('issue #14: the calendar by account', () => {
    test('one row per account; a 小红书 slot refused by the 公众号 row and dragged to the other 小红书 account on another day', async () => {
      const { url } = app()
      const shots = artifactsDir('matrix')
      const admin = await login({ url, email: 'admin@demo.local', password: DEMO_PASSWORD })
      const editor = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      const copywriter = await login({ url, email: 'copywriter@demo.local', password: DEMO_PASSWORD })

      const xhsA = await createAccount({ token: admin, platform: 'xiaohongshu', name: XHS_A })
      const xhsB = await createAccount({ token: admin, platform: 'xiaohongshu', name: XHS_B })
      const wechat = await createAccount({
        token: admin,
        platform: 'wechat',
        name: WECHAT,
        settings: { openComments: false, accountType: 'subscription', defaultPushMode: 'publish' },
        credentials: { appId: 'wx0000000000000014', appSecret: 'fake-wechat-app-secret' },
      })
      const note = await approvedNote({ copywriter, editor })

      // Two days ahead in the same week (a slot must be in the future; the week view shows Monday to Sunday).
      const { from, to } = twoDaysOfOneWeek(zonedDate({ at: new Date(), timeZone: ZONE }))
      const created = await api<{ doc: EntryDoc }>({
        url,
        method: 'POST',
        path: '/api/calendar-entries',
        token: editor,
        body: { content: { relationTo: 'notes', value: note }, account: xhsA, publishAt: beijing(from) },
      })
      assert.equal(created.status, 201, `the slot on ${XHS_A}: ${JSON.stringify(created.body)}`)
      const entryId = created.body.doc.id
      assert.equal((await readEntry({ token: editor, id: entryId })).state, 'scheduled', 'an approved note’s slot is scheduled')

      const page = await app().page({ email: 'editor@demo.local' })
      const patches: string[] = []
      page.on('request', (request) => {
        if (request.method() === 'PATCH' && request.url().includes('/api/calendar-entries/')) patches.push(request.url())
      })
      await onPage(page, path.join(shots, 'failure.png'), async () => {
        await page.goto(`${url}/admin/calendar`)
        await page.click('button[data-layout="matrix"]', { timeout: 60_000 })
        const matrix = page.locator('[data-testid="matrix-view"]')
        await matrix.waitFor({ timeout: 30_000 })
        await showWeekOf(page, from)

        // One row per account the editor can read, each once, the new ones among them.
        const accounts = await api<{ docs: { id: Id }[] }>({
          url,
          method: 'GET',
          path: '/api/platform-accounts?limit=500&depth=0',
          token: editor,
        })
        // The rows come with the accounts, which the page reads after it shows the range.
        await page.waitForFunction(
          (count) => document.querySelectorAll('[data-testid="matrix-view"] tr[data-testid^="matrix-row-"]').length >= count,
          accounts.body.docs.length,
          { timeout: 30_000 },
        )
        const rowIds = await matrix
          .locator('tr[data-testid^="matrix-row-"]')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')?.replace('matrix-row-', '')))
        assert.deepEqual([...rowIds].sort(), accounts.body.docs.map((a) => String(a.id)).sort(), 'one row per account')
        for (const id of [xhsA, xhsB, wechat]) assert.equal(rowIds.filter((row) => row === String(id)).length, 1)
        assert.match((await row(page, xhsA).locator('th').textContent()) ?? '', new RegExp(`小红书 · ${XHS_A}`))
        assert.match((await row(page, wechat).locator('th').textContent()) ?? '', new RegExp(`公众号 · ${WECHAT}`))

        // The slot sits in its account's day; the other days of that row, and every day of the new accounts, are empty.
        const chip = page.locator(`[data-testid="matrix-entry-${entryId}"]`)
        await cell(page, xhsA, from).locator(`[data-testid="matrix-entry-${entryId}"]`).waitFor({ timeout: 30_000 })
        assert.match((await chip.textContent()) ?? '', new RegExp(`${SLOT_TIME}.*${NOTE}`))
        assert.equal(await cell(page, xhsA, from).getAttribute('data-empty'), 'false')
        assert.equal(await cell(page, xhsB, from).getAttribute('data-empty'), 'true')
        assert.equal(await row(page, xhsA).locator('[data-empty-days]').getAttribute('data-empty-days'), '6')
        assert.equal(await row(page, xhsB).locator('[data-empty-days]').getAttribute('data-empty-days'), '7')
        await page.screenshot({ path: path.join(shots, '1-matrix.png'), fullPage: true })

        // Held over the 公众号 row: it is marked as no target and says why; let go there, nothing is sent.
        await chip.hover()
        await page.mouse.down()
        const wechatCell = cell(page, wechat, to)
        await wechatCell.hover()
        await wechatCell.hover({ position: { x: 10, y: 10 } })
        assert.equal(await row(page, wechat).getAttribute('data-drop-target'), 'false', 'the 公众号 row takes no 小红书 slot')
        assert.equal(await row(page, xhsB).getAttribute('data-drop-target'), 'true', 'the other 小红书 account does')
        const hint = page.locator('[data-testid="matrix-message"]')
        await hint.filter({ hasText: '不能拖到公众号账号' }).waitFor({ timeout: 10_000 })
        await page.screenshot({ path: path.join(shots, '2-refused-row.png'), fullPage: true })
        await page.mouse.up()
        await cell(page, xhsA, from).locator(`[data-testid="matrix-entry-${entryId}"]`).waitFor({ timeout: 10_000 })
        assert.deepEqual(patches, [], 'a drop on another platform’s row sends nothing')
        const unmoved = await readEntry({ token: editor, id: entryId })
        assert.equal(String(unmoved.account), String(xhsA))
        assert.equal(unmoved.publishAt, beijing(from))

        // Dragged to the other 小红书 account on another day: one PATCH of the account and the time.
        const patched = page.waitForResponse(
          (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/calendar-entries/${entryId}`),
          { timeout: 30_000 },
        )
        await chip.dragTo(cell(page, xhsB, to))
        const reply = await patched
        assert.equal(reply.status(), 200, `the move was refused: ${await reply.text()}`)
        assert.deepEqual(JSON.parse(reply.request().postData() ?? '{}'), { account: xhsB, publishAt: beijing(to) })
        assert.equal(patches.length, 1, 'one drop, one PATCH')
        await cell(page, xhsB, to).locator(`[data-testid="matrix-entry-${entryId}"]`).waitFor({ timeout: 30_000 })
        assert.equal(await cell(page, xhsA, from).getAttribute('data-empty'), 'true')
        await page.locator('[data-testid="matrix-message"][data-kind="moved"]').waitFor({ timeout: 10_000 })
        await page.screenshot({ path: path.join(shots, '3-moved.png'), fullPage: true })
      })

      // What the server holds: the other account, the other day, the same time of day; its delivery follows it.
      const moved = await readEntry({ token: editor, id: entryId })
      assert.equal(String(moved.account), String(xhsB))
      assert.equal(moved.publishAt, beijing(to))
      assert.equal(new Date(moved.publishAt).toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }), SLOT_TIME)
      assert.equal(moved.state, 'scheduled')
      const deliveries = await api<{ docs: DeliveryDoc[] }>({
        url,
        method: 'GET',
        path: `/api/deliveries?where[calendarEntry][equals]=${entryId}&where[state][equals]=queued&depth=0&limit=10`,
        token: editor,
      })
      assert.deepEqual(
        deliveries.body.docs.map((d) => String(d.account)),
        [String(xhsB)],
        `the waiting delivery goes to ${XHS_B}: ${JSON.stringify(deliveries.body)}`,
      )
    })

    test('an operator schedules from the calendar’s ＋, offered only the accounts assigned to them', async () => {
      const { url } = app()
      const operator = await login({ url, email: 'operator@demo.local', password: DEMO_PASSWORD })
      const admin = await login({ url, email: 'admin@demo.local', password: DEMO_PASSWORD })
      const editor = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      const copywriter = await login({ url, email: 'copywriter@demo.local', password: DEMO_PASSWORD })
      type AccountRef = Id | { id: Id }
      const me = await api<{ user: { accounts?: AccountRef[] | null } }>({ url, method: 'GET', path: '/api/users/me', token: operator })
      const assigned = (me.body.user.accounts ?? []).map((ref) => String(typeof ref === 'object' ? ref.id : ref)).sort()
      const all = await api<{ docs: { id: Id; platform: string }[] }>({
        url,
        method: 'GET',
        path: '/api/platform-accounts?limit=100&depth=0',
        token: admin,
      })
      assert.ok(
        assigned.length > 0 && assigned.length < all.body.docs.length,
        `the demo operator runs ${assigned.length} of ${all.body.docs.length}`,
      )
      const own = all.body.docs.find((account) => account.platform === 'xiaohongshu' && assigned.includes(String(account.id)))
      assert.ok(own, 'the demo operator runs a 小红书 account')
      const note = await approvedNote({ copywriter, editor, title: OPERATOR_NOTE })
      const page = await app().page({ email: 'operator@demo.local' })
      await onPage(page, path.join(artifactsDir('matrix'), 'operator-failure.png'), async () => {
        await page.goto(`${url}/admin/calendar`)
        await page.locator('button', { hasText: '＋ 新建排期' }).first().click({ timeout: 60_000 })
        const form = page.locator('[data-testid="entry-form"]')
        const items = form.locator('select').filter({ has: page.locator(`option[value="notes:${note}"]`) })
        await items.first().selectOption(`notes:${note}`, { timeout: 30_000 })
        await form.locator('[data-account-list="ready"]').waitFor({ timeout: 30_000 })
        const offered = await form
          .locator('input[name="accounts"]')
          .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))
        assert.deepEqual(offered.sort(), assigned, 'the boxes are the operator’s own accounts')
        await form.locator(`input[name="accounts"][value="${own.id}"]`).check()
        await form.locator('button', { hasText: '创建排期' }).click()
        await form.waitFor({ state: 'detached', timeout: 30_000 })
      })
      const entries = await entriesOf({ collection: 'notes', id: note, token: operator })
      assert.deepEqual(
        entries.map((entry) => [String(entry.account), entry.state]),
        [[String(own.id), 'scheduled']],
      )
    })

    test('the calendar’s buttons are disabled in the server’s HTML and work once the page’s script runs: an early click is not lost, and a button drawn later is enabled from its first paint', async () => {
      const { url } = app()
      const today = zonedDate({ at: new Date(), timeZone: ZONE })
      const still = await serverHtmlPage('editor@demo.local')
      await onPage(still, path.join(artifactsDir('matrix'), 'server-html-failure.png'), async () => {
        await still.goto(`${url}/admin/calendar`)
        const create = still.locator('button', { hasText: '＋ 新建排期' }).first()
        await create.waitFor({ timeout: 30_000 })
        assert.equal(await create.isDisabled(), true)
        assert.equal(await still.locator(`button[aria-label="在 ${today} 新建排期"]`).isDisabled(), true)
        // The layout switch, ‹ 今天 › and 导入 CSV act only through their click handlers too.
        const idle = still.locator(
          'button[data-layout], button:text-is("‹"), button:text-is("今天"), button:text-is("›"), button:text-is("导入 CSV")',
        )
        assert.equal(await idle.count(), 8)
        await assertAllDisabled(idle)
        await still.goto(`${url}/admin/calendar?layout=matrix`)
        await still.locator('button[data-range="week"]').waitFor({ timeout: 30_000 })
        const toolbar = still.locator(
          'button[data-layout], button[data-range], button[aria-label="上一段"], button:text-is("今天"), button[aria-label="下一段"]',
        )
        assert.equal(await toolbar.count(), 9)
        await assertAllDisabled(toolbar)
      })
      const page = await app().page({ email: 'editor@demo.local' })
      await onPage(page, path.join(artifactsDir('matrix'), 'hydrated-failure.png'), async () => {
        await page.goto(`${url}/admin/calendar`)
        await page.locator(`button[aria-label="在 ${today} 新建排期"]`).click({ timeout: 60_000 })
        await page.locator('[data-testid="entry-form"]').waitFor({ timeout: 30_000 })
        // A button drawn once the page is alive is enabled from its first paint: the form's 取消 never
        // arrives disabled, nor has its disabled taken off a moment later.
        await page.locator('[data-testid="entry-form"] button:text-is("取消")').click()
        await page.locator('[data-testid="entry-form"]').waitFor({ state: 'detached' })
        await page.evaluate(() => {
          const seen: string[] = []
          Object.assign(window, { disabledButtonsSeen: seen })
          new MutationObserver((records) => {
            for (const record of records) {
              if (record.type === 'attributes' && record.target instanceof HTMLButtonElement)
                seen.push(`${record.target.textContent}: disabled ${record.oldValue === null ? 'set' : 'taken off'}`)
              for (const node of record.addedNodes)
                if (node instanceof Element)
                  for (const button of [node, ...node.querySelectorAll('button')])
                    if (button instanceof HTMLButtonElement && button.disabled) seen.push(`${button.textContent}: arrived disabled`)
            }
          }).observe(document.body, {
            childList: true,
            subtree: true,
            attributes: true,
            attributeFilter: ['disabled'],
            attributeOldValue: true,
          })
        })
        await page.locator('button', { hasText: '＋ 新建排期' }).first().click()
        await page.locator('[data-testid="entry-form"] button:text-is("取消")').waitFor({ timeout: 30_000 })
        const seen = await page.evaluate(() => (window as unknown as { disabledButtonsSeen: string[] }).disabledButtonsSeen)
        assert.deepEqual(
          seen.filter((line) => line.startsWith('取消')),
          [],
        )
      })
    })

    test('an editor sets up a title test in the new-entry form: 标题 2 on one 公众号, the article’s own title on the other', async () => {
      const { url } = app()
      const admin = await login({ url, email: 'admin@demo.local', password: DEMO_PASSWORD })
      const editor = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      const copywriter = await login({ url, email: 'copywriter@demo.local', password: DEMO_PASSWORD })
      const [first, second] = await Promise.all(
        TITLE_ACCOUNTS.map((name, n) =>
          createAccount({
            token: admin,
            platform: 'wechat',
            name,
            settings: { openComments: false, accountType: 'subscription', defaultPushMode: 'publish' },
            credentials: { appId: `wx00000000000001${n}5`, appSecret: 'fake-wechat-app-secret' },
          }),
        ),
      )
      const [title, ...candidates] = TITLE_TEST
      const article = await approvedArticle({ copywriter, editor, title, candidates })
      const page = await app().page({ email: 'editor@demo.local' })
      await onPage(page, path.join(artifactsDir('matrix'), 'title-test-failure.png'), async () => {
        await page.goto(`${url}/admin/calendar`)
        await page.locator('button', { hasText: '＋ 新建排期' }).first().click({ timeout: 60_000 })
        const form = page.locator('[data-testid="entry-form"]')
        await form.locator('select[aria-label="内容"]').selectOption(`articles:${article}`, { timeout: 30_000 })
        await form.locator('[data-account-list="ready"]').waitFor({ timeout: 30_000 })
        for (const account of [first, second]) await form.locator(`input[name="accounts"][value="${account}"]`).check()
        const titleOf = (name: string) => form.locator(`select[aria-label="${name}的发布标题"]`)
        // Every ticked account starts on the article's own title, and offers the candidates by number.
        for (const name of TITLE_ACCOUNTS) assert.equal(await titleOf(name).inputValue({ timeout: 30_000 }), '1')
        const offered = await titleOf(TITLE_ACCOUNTS[1])
          .locator('option')
          .evaluateAll((options) => options.map((option) => option.textContent))
        assert.deepEqual(
          offered,
          TITLE_TEST.map((text, n) => `标题 ${n + 1}：${text}`),
        )
        await titleOf(TITLE_ACCOUNTS[1]).selectOption({ label: `标题 2：${candidates[0]}` })
        await form.locator('button', { hasText: '创建排期' }).click()
        await form.waitFor({ state: 'detached', timeout: 30_000 })
      })
      const entries = await entriesOf({ collection: 'articles', id: article, token: editor })
      assert.deepEqual(
        entries.map((entry) => [String(entry.account), entry.titleVariant ?? 1]).sort(),
        [
          [String(first), 1],
          [String(second), 2],
        ].sort(),
        JSON.stringify(entries),
      )
    })
  })
}

const beijing = (date: string) => zonedToUtc({ date, time: SLOT_TIME, timeZone: ZONE }).toISOString()

/** Two days of one Monday–Sunday week, both after today (tomorrow and the day after, or next Monday and Tuesday). */
function twoDaysOfOneWeek(today: string): { from: string; to: string } {
  const tomorrow = addDays(today, 1)
  const ahead = weekDays(tomorrow).filter((day) => day >= tomorrow)
  return ahead.length >= 2 ? { from: ahead[0], to: ahead[1] } : { from: addDays(tomorrow, 1), to: addDays(tomorrow, 2) }
}

/** ‹ › until the week of `day` is shown (this week or the next). */
async function showWeekOf(page: Page, day: string): Promise<void> {
  const range = page.locator('[data-testid="matrix-range"]')
  for (let step = 0; step < 3; step++) {
    const shown = await range.getAttribute('data-from', { timeout: 30_000 })
    if (shown === weekStart(day)) return
    await page.click('button[aria-label="下一段"]')
    await page.locator(`[data-testid="matrix-range"][data-from="${addDays(shown ?? '', 7)}"]`).waitFor({ timeout: 30_000 })
  }
  assert.fail(`the matrix did not reach the week of ${day}`)
}

const row = (page: Page, account: Id): Locator => page.locator(`[data-testid="matrix-row-${account}"]`)
const cell = (page: Page, account: Id, day: string): Locator => page.locator(`[data-testid="matrix-cell-${account}-${day}"]`)

async function createAccount(args: {
  token: string
  platform: string
  name: string
  settings?: Record<string, unknown>
  credentials?: Record<string, unknown>
}): Promise<Id> {
  const { token, ...body } = args
  const reply = await api<{ doc: { id: Id } }>({ url: app().url, method: 'POST', path: '/api/platform-accounts', token, body })
  assert.equal(reply.status, 201, `creating ${args.name}: ${JSON.stringify(reply.body)}`)
  return reply.body.doc.id
}

/** A 小红书 note with one 3:4 picture, written by the copywriter, submitted and approved by the editor. */
async function approvedNote(args: { copywriter: string; editor: string; title?: string }): Promise<Id> {
  const { url } = app()
  const picture = await sharp({ create: { width: 1080, height: 1440, channels: 3, background: { r: 214, g: 120, b: 64 } } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(picture)], { type: 'image/jpeg' }), 'matrix-note.jpg')
  form.append('_payload', JSON.stringify({ alt: '热饮地图' }))
  const media = await api<{ doc: { id: Id } }>({ url, method: 'POST', path: '/api/media', token: args.copywriter, form })
  assert.equal(media.status, 201, `uploading the note's picture: ${JSON.stringify(media.body)}`)
  const note = await api<{ doc: { id: Id } }>({
    url,
    method: 'POST',
    path: '/api/notes',
    token: args.copywriter,
    body: {
      title: args.title ?? NOTE,
      body: '这周去社区生活馆，前台送热饮，二楼有暖手宝可以借。',
      images: [media.body.doc.id],
      topics: ['冬日探店'],
    },
  })
  assert.equal(note.status, 201, `writing the note: ${JSON.stringify(note.body)}`)
  await submitAndApprove({ ...args, collection: 'notes', id: note.body.doc.id })
  return note.body.doc.id
}

/** An article with title candidates, written by the copywriter, submitted and approved by the editor. */
async function approvedArticle(args: { copywriter: string; editor: string; title: string; candidates: string[] }): Promise<Id> {
  const { url } = app()
  const article = await api<{ doc: { id: Id } }>({
    url,
    method: 'POST',
    path: '/api/articles',
    token: args.copywriter,
    body: {
      title: args.title,
      titleCandidates: args.candidates.map((title) => ({ title })),
      body: '## 会员日\n\n双12 当天会员中心每小时放出一轮满减券，门店核销再送热饮。',
      digest: '会员日三步领券',
    },
  })
  assert.equal(article.status, 201, `writing the article: ${JSON.stringify(article.body)}`)
  await submitAndApprove({ ...args, collection: 'articles', id: article.body.doc.id })
  return article.body.doc.id
}

/** The copywriter submits the item and the editor approves it, through the review door. */
async function submitAndApprove(args: { copywriter: string; editor: string; collection: 'notes' | 'articles'; id: Id }): Promise<void> {
  for (const [token, event] of [
    [args.copywriter, 'submit'],
    [args.editor, 'approve'],
  ] as const) {
    const reply = await api({
      url: app().url,
      method: 'POST',
      path: `/api/${args.collection}/${args.id}/transition`,
      token,
      body: { event },
    })
    assert.equal(reply.status, 200, `${event} ${args.collection} ${args.id}: ${JSON.stringify(reply.body)}`)
  }
}

/** The item's slots, as the signed-in person reads them. */
async function entriesOf(args: { collection: 'notes' | 'articles'; id: Id; token: string }): Promise<EntryDoc[]> {
  const reply = await api<{ docs: EntryDoc[] }>({
    url: app().url,
    method: 'GET',
    path: `/api/calendar-entries?where[content.value][equals]=${args.id}&where[content.relationTo][equals]=${args.collection}&depth=0`,
    token: args.token,
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  return reply.body.docs
}

async function readEntry(args: { token: string; id: Id }): Promise<EntryDoc> {
  const reply = await api<EntryDoc>({ url: app().url, method: 'GET', path: `/api/calendar-entries/${args.id}?depth=0`, token: args.token })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  return reply.body
}
