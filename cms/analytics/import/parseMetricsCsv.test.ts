import assert from 'node:assert/strict'
import { test } from 'node:test'
import { metricsCsvTemplate } from './metricsCsvTemplate'
import { parseMetricsCsv } from './parseMetricsCsv'

const today = '2026-12-04'

test('a posts file: links or ids, 第几篇, the admin\u2019s metric labels; unknown columns are named, not refused', () => {
  const text = [
    '日期,链接,发布记录ID,第几篇,标题,阅读人数（人）,点赞,完读率',
    '2026-12-01,https://mp.weixin.qq.com/s/abc#rd,,2,双12预热,"1,200",5,55%',
    '2026/12/2,,17,,,300,,',
  ].join('\r\n')
  const parsed = parseMetricsCsv({ text, today })
  assert.equal(parsed.kind, 'posts')
  assert.deepEqual(parsed.errors, [])
  assert.deepEqual(parsed.ignoredColumns, ['标题'])
  assert.deepEqual(parsed.fields, ['readers', 'likes', 'completionRate'])
  assert.deepEqual(parsed.rows, [
    {
      line: 2,
      ref: { by: 'url', url: 'https://mp.weixin.qq.com/s/abc#rd' },
      position: 2,
      date: '2026-12-01',
      numbers: { readers: 1200, likes: 5, completionRate: 0.55 },
    },
    {
      line: 3,
      ref: { by: 'id', id: '17' },
      position: null,
      date: '2026-12-02',
      numbers: { readers: 300, likes: null, completionRate: null },
    },
  ])
})

test('a followers file is told apart by its header', () => {
  const parsed = parseMetricsCsv({ text: '日期,粉丝总数,新增关注,取消关注\n2026-12-01,12000,35,4\n', today })
  assert.equal(parsed.kind, 'followers')
  assert.deepEqual(parsed.rows, [{ line: 2, date: '2026-12-01', numbers: { followers: 12000, newFollowers: 35, lostFollowers: 4 } }])
})

test('every bad row is reported once by its line, all problems of the row in one sentence', () => {
  const text = '日期,链接,阅读人数,点赞\n2026/13/01,https://a.example/1,10,1\n2026-12-01,https://a.example/2,10,1\n2026-12-02,,十,-1\n'
  const parsed = parseMetricsCsv({ text, today })
  assert.equal(parsed.rows.length, 1)
  assert.deepEqual(parsed.errors, [
    { line: 2, message: '第 2 行：日期「2026/13/01」不是有效日期，请写成 2026-12-04 这样的格式' },
    {
      line: 4,
      message:
        '第 4 行：阅读人数「十」不是数字，请填写不小于 0 的整数（没有数据请留空）；点赞「-1」不是数字，请填写不小于 0 的整数（没有数据请留空）；没有填写「链接」',
    },
  ])
})

test("the CSV reader's own errors are not prefixed twice", () => {
  const parsed = parseMetricsCsv({ text: '日期,链接,阅读人数\n2026-12-01,"https://a.example/1,10\n', today })
  for (const error of parsed.errors) assert.doesNotMatch(error.message, /行：第/)
  assert.ok(parsed.errors.some((e) => e.message.startsWith('第 2 行：引号没有闭合')))
})

test('a header without a date, or without any column it knows, says what to do', () => {
  assert.match(
    parseMetricsCsv({ text: '链接,阅读人数\nhttps://a.example,1\n', today }).errors[0]?.message ?? '',
    /^第 1 行：表头缺少「日期」列/,
  )
  assert.match(parseMetricsCsv({ text: '日期,标题\n2026-12-01,x\n', today }).errors[0]?.message ?? '', /没有「链接」或「发布记录ID」列/)
  assert.match(parseMetricsCsv({ text: '', today }).errors[0]?.message ?? '', /文件是空的/)
})

test('both templates parse (their example link is still to be replaced)', () => {
  const posts = parseMetricsCsv({ text: metricsCsvTemplate({ kind: 'posts', exampleDay: '2026-12-03' }), today })
  assert.equal(posts.kind, 'posts')
  assert.deepEqual(posts.errors, [])
  assert.deepEqual(posts.ignoredColumns, [])
  const followers = parseMetricsCsv({ text: metricsCsvTemplate({ kind: 'followers', exampleDay: '2026-12-03' }), today })
  assert.equal(followers.kind, 'followers')
  assert.deepEqual(followers.errors, [])
})
