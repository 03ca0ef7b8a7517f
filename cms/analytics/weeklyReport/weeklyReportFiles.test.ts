import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cellText, change, count, difference, points } from './reportCells'
import { contentDisposition } from './downloadName'
import type { WeeklyReport } from './types'
import { UTF8_BOM, weeklyReportCsv } from './weeklyReportCsv'
import { weeklyReportTables } from './weeklyReportTables'
import { weeklyReportXlsx } from './weeklyReportXlsx'
import { zipEntries } from '../../../tests/helpers/zipEntries'

const numbers = { posts: 3, readers: 1200, plays: null, interactions: 60, interactionRate: 0.05, followerGain: 40, followers: 5040 }
const report: WeeklyReport = {
  week: { from: '2026-11-23', to: '2026-11-29' },
  previous: { from: '2026-11-16', to: '2026-11-22' },
  accounts: [
    {
      account: { id: 1, name: '社区生活馆 公众号', platform: 'wechat' },
      current: numbers,
      previous: { ...numbers, posts: 2, readers: 1000, interactionRate: 0.04, followerGain: -5 },
    },
  ],
  people: [{ person: { id: 2, name: '张文案', weeklyOutputTarget: 4 }, published: 3, previousPublished: 4, met: false }],
  topPosts: [
    {
      title: '=双12 攻略, "必看"',
      account: { id: 1, name: '社区生活馆 公众号', platform: 'wechat' },
      publishedAt: '2026-11-23T12:00:00.000Z',
      readers: 800,
      plays: null,
      interactions: 40,
      interactionRate: 0.05,
    },
  ],
}
const tables = weeklyReportTables({ report, timeZone: 'Asia/Shanghai' })

describe('weekly report files', () => {
  it('tables: 账号 / 个人 / 热门内容 with this week, last week and the change, in Chinese', () => {
    assert.deepEqual(
      tables.map((table) => table.sheet),
      ['账号', '个人', '热门内容'],
    )
    const [accounts, people, top] = tables
    const cell = (name: string) => cellText(accounts.rows[0][accounts.columns.indexOf(name)])
    assert.equal(cell('平台'), '微信公众号')
    assert.equal(cell('阅读人数'), '1200')
    assert.equal(cell('阅读人数环比'), '+20.0%')
    assert.equal(cell('播放量'), '', 'a platform that counts no plays has an empty cell, not 0')
    assert.equal(cell('互动率'), '5.00%')
    assert.equal(cell('互动率环比（百分点）'), '+1.00 个百分点')
    assert.equal(cell('涨粉环比'), '+45')
    assert.deepEqual(
      people.rows[0].map((c) => cellText(c)),
      ['张文案', '3', '4', '未达成', '4'],
    )
    assert.equal(cellText(top.rows[0][4]), '2026-11-23 20:00', 'published at, in Beijing time')
  })

  it('changes: relative for counts, points for rates, differences for net figures; unknown without a base', () => {
    assert.equal(cellText(change({ current: 5, previous: 0 }), { empty: '—' }), '—')
    assert.equal(cellText(change({ current: 50, previous: 100 })), '-50.0%')
    assert.equal(cellText(points({ current: 0.031, previous: 0.04 })), '-0.90 个百分点')
    assert.equal(cellText(difference({ current: -3, previous: 4 })), '-7')
    assert.equal(cellText(count(12_345), { grouped: true }), '12,345', 'the page groups thousands')
    assert.equal(cellText(count(12_345)), '12345', 'a spreadsheet cell stays a plain number')
  })

  it('CSV: UTF-8 with a byte order mark, Chinese headings, quoted and formula-guarded cells', () => {
    const csv = weeklyReportCsv({ week: report.week, tables })
    assert.ok(csv.startsWith(UTF8_BOM))
    const lines = csv.slice(1).split('\r\n')
    assert.equal(lines[0], '周报 2026-11-23 至 2026-11-29')
    assert.equal(lines[2], '账号')
    assert.ok(lines[3].startsWith('账号,平台,发布数,发布数（上周）,发布数环比,阅读人数'))
    assert.ok(lines[4].startsWith('社区生活馆 公众号,微信公众号,3,2,+50.0%,1200,1000,+20.0%,,,'))
    assert.ok(csv.includes(`"'=双12 攻略, ""必看"""`), 'a title that looks like a formula is not run by Excel')
  })

  it('xlsx: a zip whose workbook names the three sheets', async () => {
    const xlsx = await weeklyReportXlsx(tables)
    assert.equal(xlsx.subarray(0, 4).toString('hex'), '504b0304', 'a zip file')
    const workbook = zipEntries(xlsx).get('xl/workbook.xml')?.toString('utf8') ?? ''
    for (const name of ['账号', '个人', '热门内容']) assert.ok(workbook.includes(`name="${name}"`), workbook)
  })

  it('Content-Disposition names the file in Chinese (RFC 5987) with an ASCII fallback', () => {
    assert.equal(
      contentDisposition({ name: '周报-2026-11-23.xlsx', fallback: 'weekly-report-2026-11-23.xlsx' }),
      `attachment; filename="weekly-report-2026-11-23.xlsx"; filename*=UTF-8''%E5%91%A8%E6%8A%A5-2026-11-23.xlsx`,
    )
  })
})
