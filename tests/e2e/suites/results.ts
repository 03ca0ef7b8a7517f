import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { api, login } from '../../helpers/rest'
import { zipEntries } from '../../helpers/zipEntries'
import { artifactsDir, DEMO_PASSWORD } from '../productionApp'
import { assertAllDisabled, serverHtmlPage } from '../serverHtml'
import { app } from '../sharedApp'

/**
 * Issue #13 in the browser, on the production build with the demo's month of numbers: the results
 * dashboard and a campaign's page draw their charts from the seeded rows, and the weekly report
 * shows each account and downloads as CSV and Excel. No worker collects numbers while these run.
 */
export function resultsTests(): void {
  describe('results on the demo month', () => {
    test('the results dashboard draws its charts from the demo month', async () => {
      const { url } = app()
      const page = await editorPage()
      try {
        await page.goto(`${url}/admin/results`)
        const charts = await drawnCharts(page, '[role="img"][data-testid^="results-"]')
        await page.screenshot({ path: path.join(shots, '1-dashboard.png'), fullPage: true })
        for (const chart of ['results-trend', 'results-by-account', 'results-by-content-type', 'results-by-author', 'results-by-hour'])
          assert.ok((charts[chart] ?? 0) > 0, `${chart} drew the seeded numbers: ${JSON.stringify(charts)}`)
        // The default range is the last 30 days: the trend has a point for each of at least 28 days.
        assert.ok(charts['results-trend'] >= 28, JSON.stringify(charts))
      } finally {
        await page.close()
      }
    })

    test("a campaign's page shows each KPI against its target with a drawn trend", async () => {
      const { url } = app()
      const editor = await login({ url, email: 'editor@demo.local', password: 'demo-pass-2026' })
      const campaigns = await api<{ docs: { id: number }[] }>({
        url,
        method: 'GET',
        path: `/api/campaigns?where[name][equals]=${encodeURIComponent('冬季会员月')}&depth=0`,
        token: editor,
      })
      const campaign = campaigns.body.docs[0]
      assert.ok(campaign, 'the demo month campaign')
      const page = await editorPage()
      try {
        await page.goto(`${url}/admin/collections/campaigns/${campaign.id}`)
        const charts = await drawnCharts(page, '[role="img"][data-testid^="campaign-kpi-chart-"]')
        await page.locator('[data-testid="campaign-results"]').scrollIntoViewIfNeeded()
        await page.screenshot({ path: path.join(shots, '2-campaign.png'), fullPage: true })
        assert.equal(Object.keys(charts).length, 4, `four KPI lines: ${JSON.stringify(charts)}`)
        for (const [chart, points] of Object.entries(charts)) assert.ok(points > 0, `${chart} drew the seeded numbers`)
        const openRate = page.locator('[data-kpi-metric="openRate"]')
        assert.match(
          (await openRate.locator('[data-kpi-value]').textContent()) ?? '',
          /\d+(\.\d+)?%/,
          '打开率 measured from the seeded 群发',
        )
      } finally {
        await page.close()
      }
    })

    test('the weekly report shows every account and downloads as CSV and Excel', async () => {
      const { url } = app()
      const page = await editorPage()
      try {
        await page.goto(`${url}/admin/results/weekly`)
        const accounts = page.locator('[data-report-table="accounts"] tbody tr')
        await accounts.first().waitFor({ timeout: 60_000 })
        const names = await accounts.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-account')))
        for (const name of ['社区生活馆 公众号', '社区生活馆 微博', '社区生活馆 头条号', '社区生活馆 抖音号'])
          assert.ok(names.includes(name), `${name} in ${names.join(', ')}`)
        assert.ok((await page.locator('[data-report-table="people"] tbody tr').count()) >= 2, 'output per person')
        assert.ok((await page.locator('[data-report-table="top-posts"] tbody tr').count()) >= 3, 'top posts of the week')
        const from = (await page.locator('[data-week-from]').getAttribute('data-week-from')) ?? ''
        await page.screenshot({ path: path.join(shots, '3-weekly-report.png'), fullPage: true })

        const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')])
        assert.equal(csv.suggestedFilename(), `周报-${from}.csv`)
        const csvBytes = fs.readFileSync(await csv.path())
        assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark')
        const text = csvBytes.toString('utf8')
        for (const name of names) assert.ok(text.includes(`${name},`), `the CSV lists ${name}`)

        const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="xlsx"]')])
        assert.equal(xlsx.suggestedFilename(), `周报-${from}.xlsx`)
        const workbook =
          zipEntries(fs.readFileSync(await xlsx.path()))
            .get('xl/workbook.xml')
            ?.toString('utf8') ?? ''
        for (const sheet of ['账号', '个人', '热门内容']) assert.ok(workbook.includes(`name="${sheet}"`), workbook)

        // On paper: the report without the admin's navigation or the toolbar.
        await page.emulateMedia({ media: 'print' })
        assert.equal(await page.locator('.nav').first().isVisible(), false)
        assert.equal(await page.locator('[data-download="csv"]').isVisible(), false)
        await page.screenshot({ path: path.join(shots, '4-weekly-report-print.png'), fullPage: true })
      } finally {
        await page.close()
      }
    })

    test('the 内容数据 list names the account beside each post, so one article sent to two accounts is told apart, and shows every row’s 点赞', async () => {
      const { url } = app()
      const token = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      type Row = {
        delivery: string | number
        account: string | number
        content: { relationTo: string; value: string | number }
        readers?: number | null
        plays?: number | null
      }
      const rows = await api<{ docs: Row[] }>({
        url,
        method: 'GET',
        path: '/api/post-metrics?where[position][equals]=1&depth=0&limit=1000&select[delivery]=true&select[account]=true&select[content]=true&select[readers]=true&select[plays]=true',
        token,
      })
      const deliveriesByContent = new Map<string, Map<string, string>>()
      const countsNoReads = new Set<string>()
      for (const row of rows.body.docs) {
        const key = `${row.content.relationTo}:${row.content.value}`
        const accounts = deliveriesByContent.get(key) ?? new Map<string, string>()
        accounts.set(String(row.account), String(row.delivery))
        deliveriesByContent.set(key, accounts)
        if (row.readers == null && row.plays == null) countsNoReads.add(key)
      }
      // Preferably an item one of whose accounts counts neither reads nor plays (a 微博 or 小红书 post).
      const onTwo = [...deliveriesByContent.entries()].filter(([, accounts]) => accounts.size >= 2)
      const shared = (onTwo.find(([key]) => countsNoReads.has(key)) ?? onTwo[0])?.[1]
      assert.ok(shared, 'the demo month has an item with numbers on two accounts')
      const accounts = await api<{ docs: { id: string | number; name: string }[] }>({
        url,
        method: 'GET',
        path: '/api/platform-accounts?depth=0&limit=100',
        token,
      })
      const expected = [...shared.keys()].map((id) => accounts.body.docs.find((account) => String(account.id) === id)?.name ?? id).sort()
      const page = await editorPage()
      try {
        await page.goto(`${url}/admin/collections/post-metrics?where[delivery][in]=${[...shared.values()].join(',')}&limit=100`)
        const table = page.locator('table')
        await table.locator('tbody tr').first().waitFor({ timeout: 60_000 })
        const headers = await table.locator('thead th').allTextContents()
        const column = headers.findIndex((header) => header.includes('发布账号'))
        assert.ok(column >= 0, JSON.stringify(headers))
        // A relationship cell says （未填写…） until the page's script has fetched the names, which it does
        // for a row once it has been on screen: wait for the first row's name, then bring each row into view.
        const tableRows = table.locator('tbody tr')
        const cellsOf = (at: number) =>
          tableRows.evaluateAll((found, index) => found.map((row) => row.querySelectorAll('td')[index]?.textContent?.trim() ?? ''), at)
        const cells = () => cellsOf(column)
        const shownWithin = async (done: (shown: string[]) => boolean): Promise<string[]> => {
          const deadline = Date.now() + 30_000
          let shown = await cells()
          while (!done(shown) && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 250))
            shown = await cells()
          }
          return shown
        }
        await shownWithin((shown) => expected.includes(shown[0] ?? ''))
        for (let row = 0; row < (await tableRows.count()); row += 1) await tableRows.nth(row).scrollIntoViewIfNeeded()
        const names = [...new Set(await shownWithin((shown) => shown.every((name) => expected.includes(name))))].sort()
        await page.screenshot({ path: path.join(shots, '5-post-metrics-accounts.png'), fullPage: true })
        assert.deepEqual(names, expected)
        // Every platform reports 点赞 (a 微博 or 小红书 row has no 阅读 or 播放): the column is there, each row's number in it.
        const likesColumn = headers.findIndex((header) => header.includes('点赞'))
        assert.ok(likesColumn >= 0, JSON.stringify(headers))
        const likesShown = await cellsOf(likesColumn)
        // The list shows every row of those deliveries (a 群发's 次条 too), as does this read.
        type Counts = { likes?: number | null; readers?: number | null; plays?: number | null }
        const stored = await api<{ docs: Counts[]; totalDocs: number }>({
          url,
          method: 'GET',
          path: `/api/post-metrics?where[delivery][in]=${[...shared.values()].join(',')}&depth=0&limit=100&select[likes]=true&select[readers]=true&select[plays]=true`,
          token,
        })
        assert.ok(stored.body.totalDocs <= 100, 'all on the list’s one page')
        assert.ok(
          stored.body.docs.some((row) => row.readers == null && row.plays == null && row.likes != null),
          'the demo has a row with 点赞 and neither 阅读 nor 播放 among these posts',
        )
        // An empty cell reads as Payload's placeholder, a number may have separators: compare the digits.
        const digits = (text: string) => (/^[\d,]+$/.test(text) ? text.replaceAll(',', '') : '')
        assert.deepEqual(likesShown.map(digits).sort(), stored.body.docs.map((row) => String(row.likes ?? '')).sort())
      } finally {
        await page.close()
      }
    })

    test('controls that act only through the page’s script are disabled in the server’s HTML: the presets and filters, 打印, 测试连接, the templates', async () => {
      const { url } = app()
      const token = await login({ url, email: 'admin@demo.local', password: DEMO_PASSWORD })
      const accounts = await api<{ docs: { id: string | number }[] }>({
        url,
        method: 'GET',
        path: '/api/platform-accounts?limit=1&depth=0&sort=createdAt',
        token,
      })
      const account = accounts.body.docs[0]
      assert.ok(account, 'the demo has accounts')
      const still = await serverHtmlPage('admin@demo.local')
      const disabled = async (selector: string, count: number) => {
        const controls = still.locator(selector)
        await controls.first().waitFor({ timeout: 60_000 })
        assert.equal(await controls.count(), count, selector)
        await assertAllDisabled(controls)
      }
      try {
        await still.goto(`${url}/admin/results`)
        await disabled('button:has-text("近 ")', 3)
        // The filters too: a choice made before the script runs would show on screen while the numbers stay the old ones.
        await disabled('input[type="date"], select[aria-label="平台"], select[aria-label="账号"], select[aria-label="活动"]', 5)
        await still.goto(`${url}/admin/results/weekly`)
        await disabled('button:text-is("打印")', 1)
        await still.goto(`${url}/admin/collections/platform-accounts/${account.id}`)
        await disabled('button:text-is("测试连接")', 1)
        await disabled('button:has-text("数据模板")', 2)
      } catch (error) {
        await still.screenshot({ path: path.join(shots, 'server-html-failure.png'), fullPage: true }).catch(() => undefined)
        throw error
      } finally {
        await still.close()
      }
    })
  })
}

const shots = artifactsDir('results')
const editorPage = (): Promise<Page> => app().page({ email: 'editor@demo.local', options: { acceptDownloads: true } })

/** The points each chart (container `selector`) drew, by test id, once every one of them has drawn (`data-series-points`). */
async function drawnCharts(page: Page, selector: string): Promise<Record<string, number>> {
  await page.waitForFunction(
    (css) => {
      const charts = [...document.querySelectorAll(css)]
      return charts.length > 0 && charts.every((chart) => chart.hasAttribute('data-series-points'))
    },
    selector,
    { timeout: 60_000 },
  )
  return page.$$eval(selector, (elements) =>
    Object.fromEntries(
      elements.map((element) => [element.getAttribute('data-testid') ?? '', Number(element.getAttribute('data-series-points'))]),
    ),
  )
}
