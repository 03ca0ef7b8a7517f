import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { weekStart } from '../../../cms/calendar/calendarGrid'
import { addDays, zonedDate, zonedToUtc } from '../../../lib/zonedTime'
import { api, login } from '../../helpers/rest'
import { artifactsDir, DEMO_PASSWORD, onPage } from '../productionApp'
import { app, ZONE } from '../sharedApp'

/**
 * Issue #16's 选题 to draft, in Chromium on the production build: a new 小红书 account's missing days on the
 * editor's home page, each a link to its week in 按账号; the copywriter files five 选题 due next
 * week for one 小红书 account; the editor opens 选题会 on that week and approves them all at once, then drags
 * one from the calendar's 待排选题 onto next Wednesday at 10:00 — a slot held for the draft (待写稿), which
 * 按账号 shows in the account's row beside 差 1 on the days its rhythm (one a day) still misses; the
 * copywriter, the topic's owner, clicks 开始写作 on that slot and lands on the new note's edit page. The
 * server then holds the note linked to the topic and the slot filled with it.
 */

const ACCOUNT = '选题测试 小红书 权益号'
const TITLES = ['社保断缴怎么补', '灵活就业怎么交医保', '异地就医备案三步走', '年底前要办的三件事', '工伤认定常见误区']

type Id = number | string
type TopicDoc = { id: Id; title: string; state: string; owner: Id; content?: { relationTo: string; value: Id } | null }
type EntryDoc = {
  id: Id
  topic: Id | null
  content?: { relationTo: string; value: Id } | null
  account: Id
  publishAt: string
  state: string
}

export function planningTests(): void {
  describe('issue #16: from 选题会 to a draft', () => {
    test('an editor approves a week of 选题 and drags one onto the calendar; the copywriter starts writing it from the slot', async () => {
      const { url } = app()
      const shots = artifactsDir('planning')
      const admin = await login({ url, email: 'admin@demo.local', password: DEMO_PASSWORD })
      const editor = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      const copywriter = await login({ url, email: 'copywriter@demo.local', password: DEMO_PASSWORD })
      const account = await created<Id>({
        token: admin,
        path: '/api/platform-accounts',
        body: { platform: 'xiaohongshu', name: ACCOUNT, cadence: { count: 1, per: 'day' } },
      })

      const nextMonday = addDays(weekStart(zonedDate({ at: new Date(), timeZone: ZONE })), 7)
      const stamp = Date.now().toString(36)
      const topics: Id[] = []
      for (const [index, title] of TITLES.entries()) {
        topics.push(
          await created<Id>({
            token: copywriter,
            path: '/api/topics',
            body: {
              title: `${title}（${stamp}）`,
              angle: `从读者最常问的一个问题讲起：${title}。`,
              source: 'feedback',
              accounts: [account],
              dueDate: zonedToUtc({ date: addDays(nextMonday, index), time: '18:00', timeZone: ZONE }).toISOString(),
            },
          }),
        )
      }
      const chosen = topics[2]
      const chosenTitle = `${TITLES[2]}（${stamp}）`
      const slotDay = addDays(nextMonday, 2)

      // 选题会, next week: the five are there as ideas; 本周全部通过 approves them.
      const editorPage = await app().page({ email: 'editor@demo.local' })
      await onPage(editorPage, path.join(shots, 'failure-editor.png'), async () => {
        // First the home page: the new account misses its one a day all week, and the link of its last
        // empty day (next week's, unless today is a Monday) opens 按账号 on that day's week.
        const today = zonedDate({ at: new Date(), timeZone: ZONE })
        const lastEmpty = addDays(today, 6)
        await editorPage.goto(`${url}/admin`)
        const homeGap = editorPage.locator(`[data-testid="home-cadence-gap"][data-account-id="${account}"]`)
        await homeGap.waitFor({ timeout: 60_000 })
        assert.match((await homeGap.textContent()) ?? '', /计划 0 \/ 目标 7，差 7 条/)
        assert.equal(
          await editorPage.locator('[data-testid="home-cadence-calendar"]').getAttribute('href'),
          `/admin/calendar?layout=matrix&date=${today}`,
          'the calendar link opens the week of the first empty day',
        )
        await homeGap.locator(`a[href="/admin/calendar?layout=matrix&date=${lastEmpty}"]`).click()
        await editorPage.locator(`[data-testid="matrix-range"][data-from="${weekStart(lastEmpty)}"]`).waitFor({ timeout: 60_000 })
        await editorPage.locator(`[data-testid="matrix-cell-${account}-${lastEmpty}"][data-empty="true"]`).waitFor({ timeout: 30_000 })
        await editorPage.screenshot({ path: path.join(shots, '0-home-gap-week.png'), fullPage: true })

        await editorPage.goto(`${url}/admin/planning/topics?week=${nextMonday}`)
        for (const id of topics) await editorPage.locator(`[data-topic-id="${id}"]`).waitFor({ timeout: 60_000 })
        await editorPage.screenshot({ path: path.join(shots, '1-meeting.png'), fullPage: true })
        await editorPage.click('button:has-text("本周全部通过")')
        for (const id of topics) {
          await editorPage.locator(`[data-topic-id="${id}"]`).filter({ hasText: '已通过' }).waitFor({ timeout: 30_000 })
        }
        for (const id of topics) assert.equal((await readTopic({ token: editor, id })).state, 'approved', `topic ${id} approved`)
        await editorPage.screenshot({ path: path.join(shots, '2-approved.png'), fullPage: true })

        // The calendar's week view, next week: the topic from 待排选题 dropped on Wednesday's 10:00 row.
        await editorPage.goto(`${url}/admin/calendar`)
        await editorPage.click('button[data-layout="week"]', { timeout: 60_000 })
        await showWeek({ page: editorPage, monday: nextMonday })
        const chip = editorPage.locator(`[data-topic-chip="${chosen}"]`)
        await chip.waitFor({ timeout: 30_000 })
        assert.equal((await chip.textContent())?.trim(), chosenTitle)
        const posted = editorPage.waitForResponse(
          (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/calendar-entries',
          { timeout: 30_000 },
        )
        await chip.dragTo(editorPage.locator(`[data-day="${slotDay}"] [data-hour="10"]`))
        const reply = await posted
        assert.equal(reply.status(), 201, `the slot was refused: ${await reply.text()}`)
        assert.deepEqual(JSON.parse(reply.request().postData() ?? '{}'), {
          topic: chosen,
          account,
          publishAt: zonedToUtc({ date: slotDay, time: '10:00', timeZone: ZONE }).toISOString(),
        })
        const slot = editorPage.locator(`[data-day="${slotDay}"] [data-entry-topic="${chosen}"]`)
        await slot.waitFor({ timeout: 30_000 })
        assert.match((await slot.textContent()) ?? '', new RegExp(`10:00.*选题：${escape(chosenTitle)} · 待写稿`))
        await editorPage.screenshot({ path: path.join(shots, '3-slot.png'), fullPage: true })

        // 按账号, next week: the account's row holds the slot on Wednesday; its other days miss their one a day.
        await editorPage.click('button[data-layout="matrix"]')
        await showMatrixWeek({ page: editorPage, monday: nextMonday })
        await editorPage
          .locator(`[data-testid="matrix-cell-${account}-${slotDay}"] [data-entry-topic="${chosen}"]`)
          .waitFor({ timeout: 30_000 })
        const gap = editorPage.locator(`[data-cadence-gap="${account}:${nextMonday}"]`)
        await gap.waitFor({ timeout: 30_000 })
        assert.equal((await gap.textContent())?.trim(), '差 1')
        assert.equal(await editorPage.locator(`[data-cadence-gap="${account}:${slotDay}"]`).count(), 0, 'the slot fills its day')
        await editorPage.screenshot({ path: path.join(shots, '3b-matrix.png'), fullPage: true })
      })

      const [held] = await entriesOf({ token: editor, topic: chosen })
      assert.ok(held, 'the slot is stored')
      assert.equal(held.state, 'awaiting_content')
      assert.ok(!held.content, 'no content yet')
      assert.equal(String(held.account), String(account))

      // The copywriter, owner of the topic, starts writing from the slot (a note: 小红书's first kind).
      const page = await app().page({ email: 'copywriter@demo.local' })
      await onPage(page, path.join(shots, 'failure-copywriter.png'), async () => {
        await page.goto(`${url}/admin/calendar`)
        await page.click('button[data-layout="week"]', { timeout: 60_000 })
        await showWeek({ page, monday: nextMonday })
        const slot = page.locator(`[data-entry-topic="${chosen}"]`)
        await slot.waitFor({ timeout: 30_000 })
        assert.equal(await slot.locator('select').inputValue(), 'notes')
        await slot.locator('button:has-text("开始写作")').click()
        await page.waitForURL(/\/admin\/collections\/notes\/[^/?#]+$/, { timeout: 60_000 })
        await page.locator('input#field-title').waitFor({ timeout: 60_000 })
        assert.equal(await page.locator('input#field-title').inputValue(), chosenTitle)
        await page.screenshot({ path: path.join(shots, '4-draft.png'), fullPage: true })
      })

      // What the server holds: the topic in production with its note, the note linked back, the slot filled.
      const topic = await readTopic({ token: copywriter, id: chosen })
      assert.equal(topic.state, 'in_production')
      assert.equal(topic.content?.relationTo, 'notes')
      const noteId = topic.content?.value
      const note = await api<{ id: Id; topic: Id | null; title: string }>({
        url,
        method: 'GET',
        path: `/api/notes/${noteId}?depth=0&draft=true`,
        token: copywriter,
      })
      assert.equal(note.status, 200, JSON.stringify(note.body))
      assert.equal(String(note.body.topic), String(chosen), 'the note is linked to its topic')
      const [filled] = await entriesOf({ token: editor, topic: chosen })
      assert.deepEqual(filled.content, { relationTo: 'notes', value: noteId }, 'the slot holds the note')
      assert.equal(String(filled.id), String(held.id))
      assert.notEqual(filled.state, 'awaiting_content')
    })

    test("the demo's finished campaign: its 复盘 sets each target against its result; the 双12 budget shows the line waiting for the admin", async () => {
      const { url } = app()
      const shots = artifactsDir('planning')
      const editor = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      const campaignNamed = async (name: string) => {
        const reply = await api<{ docs: { id: Id }[] }>({
          url,
          method: 'GET',
          path: `/api/campaigns?where[name][equals]=${encodeURIComponent(name)}&depth=0`,
          token: editor,
        })
        const campaign = reply.body.docs[0]
        assert.ok(campaign, name)
        return campaign
      }
      const finished = await campaignNamed('暖冬预热周')
      const current = await campaignNamed('双12 年终盛典')
      const page = await app().page({ email: 'editor@demo.local' })
      await onPage(page, path.join(shots, 'failure-retro.png'), async () => {
        await page.goto(`${url}/admin/retro/${finished.id}`)
        const view = page.locator('[data-testid="retro-view"][data-retro-open="true"]')
        await view.waitFor({ timeout: 60_000 })
        const rows = page.locator('[data-testid="retro-kpis"] tbody tr')
        assert.equal(await rows.count(), 3, 'one row per KPI line')
        const statuses = await page
          .locator('[data-testid="retro-kpis"] [data-kpi-status]')
          .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-kpi-status')))
        assert.equal(statuses.length, 3, 'a 达成 / 未达成 badge on each line')
        assert.deepEqual(
          statuses.filter((status) => status !== 'met' && status !== 'missed'),
          [],
          `every line judged: ${statuses.join(', ')}`,
        )
        assert.match((await rows.first().textContent()) ?? '', /\d/, 'a result in numbers')
        assert.ok((await page.locator('#retro-what-worked').inputValue()).length > 0, 'what worked')
        await page.locator('[data-testid="retro-budget"]').waitFor()
        await page.screenshot({ path: path.join(shots, '5-retro.png'), fullPage: true })

        await page.goto(`${url}/admin/collections/campaigns/${current.id}`)
        const pending = page.locator('[data-testid="budget-pending"]')
        await pending.waitFor({ timeout: 60_000 })
        assert.match((await pending.textContent()) ?? '', /小红书达人探店合作/)
        await page.screenshot({ path: path.join(shots, '6-budget.png'), fullPage: true })
      })
    })
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function created<T extends Id>(args: { token: string; path: string; body: Record<string, unknown> }): Promise<T> {
  const reply = await api<{ doc: { id: T } }>({ url: app().url, method: 'POST', path: args.path, token: args.token, body: args.body })
  assert.equal(reply.status, 201, `POST ${args.path}: ${JSON.stringify(reply.body)}`)
  return reply.body.doc.id
}

async function readTopic(args: { token: string; id: Id }): Promise<TopicDoc> {
  const reply = await api<TopicDoc>({ url: app().url, method: 'GET', path: `/api/topics/${args.id}?depth=0`, token: args.token })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  return reply.body
}

async function entriesOf(args: { token: string; topic: Id }): Promise<EntryDoc[]> {
  const reply = await api<{ docs: EntryDoc[] }>({
    url: app().url,
    method: 'GET',
    path: `/api/calendar-entries?where[topic][equals]=${args.topic}&depth=0&limit=10`,
    token: args.token,
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  assert.equal(reply.body.docs.length, 1, `one slot for topic ${args.topic}: ${JSON.stringify(reply.body.docs)}`)
  return reply.body.docs
}

/** › in the week view until the week starting `monday` is shown (this week or the next). */
async function showWeek(args: { page: Page; monday: string }): Promise<void> {
  const range = args.page.locator('[data-testid="calendar-range"]')
  for (let step = 0; step < 3; step++) {
    const shown = ((await range.textContent({ timeout: 30_000 })) ?? '').trim()
    if (shown.startsWith(args.monday)) {
      // Its entries in: each one arriving makes its hour taller and moves the rows below it (a drop aimed at 10:00 landed on 09:00).
      await args.page.locator('[data-testid="calendar-week"][data-loaded="true"]').waitFor({ timeout: 30_000 })
      return
    }
    await args.page.getByRole('button', { name: '›', exact: true }).click()
    await args.page.locator('[data-testid="calendar-range"]', { hasText: addDays(shown.slice(0, 10), 7) }).waitFor({ timeout: 30_000 })
  }
  assert.fail(`the calendar did not reach the week of ${args.monday}`)
}

/** ‹ › in 按账号 until the week starting `monday` is shown. */
async function showMatrixWeek(args: { page: Page; monday: string }): Promise<void> {
  const range = args.page.locator('[data-testid="matrix-range"]')
  for (let step = 0; step < 3; step++) {
    const shown = await range.getAttribute('data-from', { timeout: 30_000 })
    if (shown === args.monday) return
    await args.page.click('button[aria-label="下一段"]')
    await args.page.locator(`[data-testid="matrix-range"][data-from="${addDays(shown ?? '', 7)}"]`).waitFor({ timeout: 30_000 })
  }
  assert.fail(`the matrix did not reach the week of ${args.monday}`)
}
