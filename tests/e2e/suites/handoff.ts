import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, test } from 'node:test'
import { api, login } from '../../helpers/rest'
import { artifactsDir, DEMO_PASSWORD, onPage } from '../productionApp'
import { assertAllDisabled, serverHtmlPage } from '../serverHtml'
import { app } from '../sharedApp'

type Id = number | string
type DeliveryDoc = { id: Id; state: string; url?: string | null }

/**
 * The operator's hand-off package page, in Chromium on the production build with the demo's two 小红书
 * hand-offs: from the home page's list to the package (texts, numbered images, steps, QR code); a link of
 * another site refused in words, the post's own link accepted (已发布); the other one cancelled after a
 * confirmation (已取消), and neither is waiting on the home page any more.
 */
export function handoffTests(): void {
  describe('the hand-off package page', () => {
    test('the operator posts one hand-off by its link and cancels the other', async () => {
      const { url } = app()
      const operator = await login({ url, email: 'operator@demo.local', password: DEMO_PASSWORD })
      const waiting = await api<{ docs: DeliveryDoc[] }>({
        url,
        method: 'GET',
        path: '/api/deliveries?where[state][equals]=awaiting_operator&sort=createdAt&depth=0&limit=10',
        token: operator,
      })
      assert.equal(waiting.body.docs.length, 2, 'the demo leaves two hand-offs for the operator')
      const [late, today] = waiting.body.docs
      const shots = artifactsDir('handoff')
      // As a click meets the page before the admin's script has run: its controls wait.
      const still = await serverHtmlPage('operator@demo.local')
      await onPage(still, path.join(shots, 'server-html-failure.png'), async () => {
        await still.goto(`${url}/admin/handoff/${late.id}`)
        await still.locator('[data-testid="handoff-cancel"]').waitFor({ timeout: 60_000 })
        assert.equal(await still.locator('[data-testid="handoff-cancel"]').isDisabled(), true)
        assert.equal(await still.locator('[data-testid="handoff-link-submit"]').isDisabled(), true)
        assert.equal(await still.locator('[data-testid="handoff-link-input"]').isDisabled(), true, 'the link field waits too')
        const copies = still.locator('[data-testid^="handoff-copy-"]')
        assert.ok((await copies.count()) >= 2, '复制 beside the title and the body')
        await assertAllDisabled(copies)
      })
      const page = await app().page({ email: 'operator@demo.local' })
      await onPage(page, path.join(shots, 'failure.png'), async () => {
        await page.goto(`${url}/admin`)
        const listed = page.locator('[data-testid="home-handoff"]')
        await listed.first().waitFor({ timeout: 60_000 })
        assert.equal(await listed.count(), 2)
        await page.locator(`[data-testid="home-handoff"] a[href="/admin/handoff/${late.id}"]`).click()
        await page.waitForURL(`**/admin/handoff/${late.id}`, { timeout: 60_000 })
        const view = page.locator('[data-testid="handoff-view"]')
        assert.equal(await view.getAttribute('data-state', { timeout: 30_000 }), 'awaiting_operator')
        await page.locator('[data-testid="handoff-late"]').waitFor({ timeout: 30_000 })
        assert.ok((await page.locator('[data-testid="handoff-checklist"] li').count()) >= 3, 'the steps are listed')
        await page.locator('[data-testid="handoff-qr"]').waitFor({ timeout: 30_000 })
        await page.screenshot({ path: path.join(shots, '1-package.png'), fullPage: true })

        await page.locator('[data-testid="handoff-link-input"]').fill('https://weibo.com/123/abc')
        await page.locator('[data-testid="handoff-link-submit"]').click()
        const refused = page.locator('[data-testid="handoff-link-error"]')
        await refused.waitFor({ timeout: 30_000 })
        assert.match((await refused.textContent()) ?? '', /这不是小红书的链接/)
        const link = 'https://www.xiaohongshu.com/explore/6570a1b2000000001f03c4d5'
        // On a slow phone the operator pastes the link as soon as the field shows, before the page's
        // script has run (its scripts are held back here for a second). A paste taken then was kept on
        // screen but not in the form's state: 确认已发布 answered 请先粘贴作品链接 and wiped the field.
        // The field now waits for the script, and the paste lands once it has run.
        let release = () => {}
        const released = new Promise<void>((resolve) => (release = resolve))
        await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
          await released
          await route.continue()
        })
        await page.goto(`${url}/admin/handoff/${late.id}`, { waitUntil: 'commit' })
        const field = page.locator('[data-testid="handoff-link-input"]')
        await field.waitFor({ timeout: 60_000 })
        const pasted = field.fill(link, { timeout: 60_000 })
        await Promise.race([pasted, new Promise((resolve) => setTimeout(resolve, 1_000))])
        release()
        await pasted
        await page.unrouteAll()
        await page.locator('[data-testid="handoff-link-submit"]').click()
        await page.locator('[data-testid="handoff-published"]').waitFor({ timeout: 30_000 })
        assert.equal(await view.getAttribute('data-state'), 'published')
        await page.screenshot({ path: path.join(shots, '2-published.png'), fullPage: true })

        await page.goto(`${url}/admin/handoff/${today.id}`)
        await page.locator('[data-testid="handoff-cancel"]').waitFor({ timeout: 60_000 })
        page.once('dialog', (dialog) => void dialog.accept())
        await page.locator('[data-testid="handoff-cancel"]').click()
        await page.locator('[data-testid="handoff-view"][data-state="cancelled"]').waitFor({ timeout: 30_000 })
        assert.equal(await page.locator('[data-testid="handoff-link-input"]').count(), 0, 'a cancelled hand-off takes no link')
        await page.screenshot({ path: path.join(shots, '3-cancelled.png'), fullPage: true })

        await page.goto(`${url}/admin`)
        const section = page.locator('[data-testid="home-awaiting-operator"]')
        await section.getByText('没有等待运营发布的内容。').waitFor({ timeout: 60_000 })
        assert.equal(await section.locator('[data-testid="home-handoff"]').count(), 0, 'nothing waits on the home page')
      })
      const read = async (id: Id) =>
        (await api<DeliveryDoc>({ url, method: 'GET', path: `/api/deliveries/${id}?depth=0`, token: operator })).body
      const [posted, cancelled] = [await read(late.id), await read(today.id)]
      assert.deepEqual([posted.state, posted.url], ['published', 'https://www.xiaohongshu.com/explore/6570a1b2000000001f03c4d5'])
      assert.equal(cancelled.state, 'cancelled')
    })
  })
}
