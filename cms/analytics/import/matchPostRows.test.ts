import assert from 'node:assert/strict'
import { test } from 'node:test'
import { comparableUrl, type ImportDelivery, matchPostRows, repeatedFollowerDays } from './matchPostRows'
import type { PostCsvRow } from './parseMetricsCsv'

const delivery = (over: Partial<ImportDelivery>): ImportDelivery => ({
  id: '1',
  account: 'A',
  accountName: '社区生活馆',
  state: 'published',
  stateLabel: '已发布',
  url: null,
  bundleUrls: [],
  publishedDay: '2026-12-01',
  ...over,
})
const known = [
  delivery({ id: '1', url: 'https://mp.weixin.qq.com/s/lead', bundleUrls: ['https://mp.weixin.qq.com/s/second', null] }),
  delivery({ id: '2', account: 'B', accountName: '别的号', url: 'https://weibo.com/1/xyz' }),
  delivery({ id: '3', state: 'failed', stateLabel: '失败', url: 'https://example.com/failed' }),
]
const row = (over: Partial<PostCsvRow>): PostCsvRow => ({
  line: 2,
  ref: { by: 'id', id: '1' },
  position: null,
  date: '2026-12-02',
  numbers: { readers: 1 },
  ...over,
})

test('links match whatever the fragment, trailing slash or host case', () => {
  assert.equal(comparableUrl(' HTTPS://MP.weixin.qq.com/s/lead/#rd '), 'https://mp.weixin.qq.com/s/lead')
})

test("a 次条's link gives its position; the lead's link or the id leave it to 第几篇", () => {
  const { rows, errors } = matchPostRows({
    account: 'A',
    known,
    rows: [
      row({ line: 2, ref: { by: 'url', url: 'https://mp.weixin.qq.com/s/second#rd' } }),
      row({ line: 3, ref: { by: 'url', url: 'https://mp.weixin.qq.com/s/lead' }, position: 3 }),
      row({ line: 4, ref: { by: 'id', id: '1' } }),
    ],
  })
  assert.deepEqual(errors, [])
  assert.deepEqual(
    rows.map((r) => [r.line, r.key]),
    [
      [2, '1:2:2026-12-02'],
      [3, '1:3:2026-12-02'],
      [4, '1:1:2026-12-02'],
    ],
  )
})

test("another account's post, an unknown one, one that never went out, a day before it, twice the same: each refused by line", () => {
  const { rows, errors } = matchPostRows({
    account: 'A',
    known,
    rows: [
      row({ line: 2, ref: { by: 'url', url: 'https://weibo.com/1/xyz' } }),
      row({ line: 3, ref: { by: 'id', id: '99' } }),
      row({ line: 4, ref: { by: 'id', id: '3' } }),
      row({ line: 5, date: '2026-11-30' }),
      row({ line: 6, ref: { by: 'url', url: 'https://mp.weixin.qq.com/s/second' }, position: 1 }),
      row({ line: 7, position: 4 }),
      row({ line: 8 }),
      row({ line: 9 }),
    ],
  })
  assert.deepEqual(
    rows.map((r) => r.line),
    [8],
  )
  assert.deepEqual(
    errors.map((e) => e.message),
    [
      '第 2 行：链接「https://weibo.com/1/xyz」是另一个账号「别的号」的发布记录，不能导入到这个账号；请在那个账号下导入',
      '第 3 行：找不到发布记录「99」，请从发布记录页面复制编号',
      '第 4 行：发布记录「3」还没有发布成功（现在是「失败」），不能录入数据',
      '第 5 行：日期 2026-11-30 早于这篇的发布日期 2026-12-01',
      '第 6 行：这个链接是这次推送的第 2 篇，但「第几篇」填的是 1；请改成 2 或留空',
      '第 7 行：发布记录「1」只有 3 篇，没有第 4 篇',
      '第 9 行：和第 8 行是同一篇、同一天（2026-12-02）的数据，请只保留一行',
    ],
  )
})

test('a followers file with the same day twice', () => {
  const errors = repeatedFollowerDays([
    { line: 2, date: '2026-12-01', numbers: {} },
    { line: 3, date: '2026-12-01', numbers: {} },
  ])
  assert.deepEqual(errors, [{ line: 3, message: '第 3 行：和第 2 行是同一天（2026-12-01）的粉丝数据，请只保留一行' }])
})
