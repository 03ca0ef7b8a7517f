import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { Locator } from 'playwright-core'
import { zonedDate } from '../../../lib/zonedTime'
import { createFakeControl } from '../../fakes/shared/fakeControl'
import { api, login } from '../../helpers/rest'
import { artifactsDir } from '../productionApp'
import { app, ZONE } from '../sharedApp'
import { beijingIn, moveSlotSoon } from '../slotTime'

/**
 * Issue #12 in the browser: an editor builds a 群发 of a lead and one 次条 in the calendar's new-entry form; the worker
 * sends it through the WeChat fake, whose MASSSENDJOBFINISH reaches the app's callback address; the
 * editor opens the entry and sees it published with both articles' links.
 */

const LEAD = '双12 年终盛典攻略：三步领齐会员福利'
const SECOND = '会员日福利清单：本周四晚 8 点开抢'
const ACCOUNT = '浏览器测试 订阅号'
const CALLBACK_TOKEN = 'e2e-wechat-callback-token'

type DeliveryDoc = {
  id: number
  state: string
  url?: string | null
  mode?: string | null
  msgId?: string | null
  bundle?: { article: number | { id: number }; url?: string | null }[] | null
  lastError?: unknown
}

export function wechatPushTests(): void {
  describe('a 群发 from the calendar', () => {
    test('issue #12: an editor builds a 群发 of a lead and a 次条 on the calendar, and sees it published with both links', async () => {
      const { url, wechat } = app()
      await app().worker()
      const shots = artifactsDir('wechatPush')
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
      const fake = createFakeControl(wechat.baseUrl)
      await fake.configure({ callbackUrl: `${url}/api/platform-accounts/${account.id}/callback`, callbackToken: CALLBACK_TOKEN })

      // Whole minutes ahead in the form (the smallest that stays in the future until saved), then moved to seconds ahead.
      const due = beijingIn(2)
      const page = await app().page({ email: 'editor@demo.local' })
      try {
        await page.goto(`${url}/admin/calendar`)
        const today = zonedDate({ at: new Date(), timeZone: ZONE })
        await page.click(`button[aria-label="在 ${today} 新建排期"]`, { timeout: 60_000 })
        // The slot: made in the new-entry form as a 群发 …
        const form = page.locator('[data-testid="entry-form"]')
        await form.locator('select[aria-label="内容"]').selectOption({ label: `[图文] ${LEAD}` }, { timeout: 30_000 })
        // The boxes appear once the item's plan is read (its campaign's wechat channel may have ticked this one already).
        await form.locator('fieldset[data-account-list="ready"]').waitFor({ timeout: 30_000 })
        await form.locator(`input[type="checkbox"][name="accounts"][value="${account.id}"]`).check({ timeout: 30_000 })
        await form.locator(`input[data-testid="entry-time-${account.id}"]`).fill(due.local)
        // The account's default is 发表不通知: the editor picks 群发 for this slot.
        const mode = form.locator(`select[aria-label="${ACCOUNT}的推送方式"]`)
        assert.equal(await mode.inputValue({ timeout: 30_000 }), 'publish', "the form starts with the account's default mode")
        await mode.selectOption({ label: '群发通知粉丝' })
        // … with the 次条 after its lead, in the same form.
        const builder = form.locator('[data-testid="new-entry-bundle"]')
        await builder.locator('select[aria-label="添加次条"]').selectOption({ label: SECOND }, { timeout: 30_000 })
        await builder.locator('button:has-text("＋ 添加次条")').click()
        assert.equal(await builder.locator('[data-bundle-item]').count(), 1)
        assert.match((await builder.locator('[data-bundle-lead]').textContent()) ?? '', new RegExp(LEAD))
        await page.screenshot({ path: path.join(shots, '1-bundle-built.png'), fullPage: true })
        await form.locator('button:has-text("创建排期")').click()
        assert.equal(await savedOrRefused(form), null)
        const created = page.locator('[data-entry-id]', { has: page.locator('[data-entry-mode="mass"]') }).filter({ hasText: `${LEAD} +1` })
        await created.first().waitFor({ timeout: 30_000 })
        const entryId = (await created.first().getAttribute('data-entry-id')) ?? ''
        await page.screenshot({ path: path.join(shots, '2-entry-on-calendar.png'), fullPage: true })

        // Opened again: the 次条 is in place, and the subscription account still has its one 群发 of the day.
        await page.click(`[data-edit-entry="${entryId}"]`, { timeout: 60_000 })
        const edit = page.locator(`[data-entry-form="${entryId}"]`)
        await edit.locator('[data-bundle-item]').first().waitFor({ timeout: 30_000 })
        assert.equal(await edit.locator('[data-bundle-item]').count(), 1)
        assert.match((await edit.locator('[data-bundle-item]').textContent()) ?? '', new RegExp(SECOND))
        const quota = edit.locator('[data-quota-line]')
        await quota.waitFor({ timeout: 30_000 })
        assert.match((await quota.textContent()) ?? '', /群发剩余 1\/1/, 'the subscription account has its one 群发 of the day left')
        await edit.getByRole('button', { name: '取消', exact: true }).click()

        // The worker sends it at its time; the fake's completion event reaches the callback address.
        const at = await moveSlotSoon({ url, token: editor, entryId })
        const delivery = await publishedDelivery({ token: editor, entryId, by: at.getTime() + 150_000, bundled: 1 })
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
        await page.close()
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
  })
}

/** Null once the form has closed (saved), or the refusal it shows. */
async function savedOrRefused(form: Locator): Promise<string | null> {
  const refusal = form.locator('[role="alert"]')
  return Promise.race([
    form.waitFor({ state: 'detached', timeout: 30_000 }).then(() => null),
    refusal.waitFor({ timeout: 30_000 }).then(async () => `the save was refused: ${await refusal.textContent()}`),
  ])
}

/** Reads the entry's delivery until it is published (or fails the test with its state and the worker's last lines). */
async function publishedDelivery(args: { token: string; entryId: string; by: number; bundled: number }): Promise<DeliveryDoc> {
  const { url } = app()
  let last: DeliveryDoc | undefined
  while (Date.now() < args.by) {
    const reply = await api<{ docs: DeliveryDoc[] }>({
      url,
      method: 'GET',
      path: `/api/deliveries?where[calendarEntry][equals]=${args.entryId}&depth=0&limit=1&sort=-createdAt`,
      token: args.token,
    })
    last = reply.body.docs?.[0]
    // The whole bundle: the SQLite worker rewrites its rows without a transaction, and a read in between sees none.
    const linked = last?.bundle?.length === args.bundled && last.bundle.every((item) => item.url)
    if (last?.state === 'published' && last.url && linked) return last
    if (last && ['failed', 'needs_reauth', 'cancelled', 'manual'].includes(last.state)) break
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  const log = (await app().worker()).output().split('\n').slice(-30).join('\n')
  throw new Error(`the push did not end published with both links: ${JSON.stringify(last)}\n--- worker ---\n${log}`)
}
