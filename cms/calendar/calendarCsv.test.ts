import assert from 'node:assert/strict'
import { test } from 'node:test'
import { calendarToCsv, parseCalendarCsv } from './calendarCsv'

test('rows in the team spreadsheet format round-trip; loose dates and times are accepted', () => {
  const csv = calendarToCsv([
    {
      date: '2026-12-01',
      time: '20:00',
      account: '社区生活馆 公众号',
      content: 'articles:3',
      title: '双12, 预热',
      state: '已排期',
      titleVariant: 2,
    },
  ])
  const { rows, errors } = parseCalendarCsv(`${csv}2026/12/2,8:30,社区生活馆 微博,会员日主视觉,,,\r\n`)
  assert.deepEqual(errors, [])
  assert.deepEqual(
    rows.map(({ line, ...r }) => [line, r]),
    [
      [2, { date: '2026-12-01', time: '20:00', account: '社区生活馆 公众号', content: 'articles:3', title: '双12, 预热', titleVariant: 2 }],
      [3, { date: '2026-12-02', time: '08:30', account: '社区生活馆 微博', content: '会员日主视觉', title: '', titleVariant: null }],
    ],
  )
})

test('every bad row is reported by its line, in words an editor understands', () => {
  const { rows, errors } = parseCalendarCsv('日期,时间,账号,内容\n2026-12-01,25:00,号,文\n明天,20:00,,文\n2026-12-03,09:00,号,文\n')
  assert.equal(rows.length, 1)
  assert.deepEqual(
    errors.map((e) => e.line),
    [2, 3],
  )
  assert.match(errors[0].message, /时间「25:00」/)
  assert.match(errors[1].message, /日期「明天」.*没有填写账号/)
})

test('a missing column names the header expected', () => {
  const { errors } = parseCalendarCsv('日期,账号\n2026-12-01,号\n')
  assert.match(errors[0].message, /缺少「时间」列/)
})

test('the optional 标题序号 column: 1 to 5 or empty; anything else is a line error', () => {
  const { rows, errors } = parseCalendarCsv('日期,时间,账号,内容,标题序号\n2026-12-01,20:00,号,文,3\n2026-12-01,21:00,号,文,B\n')
  assert.deepEqual(
    rows.map((r) => r.titleVariant),
    [3],
  )
  assert.match(errors[0].message, /标题序号「B」应为 1 到 5/)
  assert.equal(errors[0].line, 3)
})
