import assert from 'node:assert/strict'
import { test } from 'node:test'
import { festivalReminderMessage } from './festivalReminderText'

test('the reminder names the date and weekday, the days left and each task with its due day', () => {
  const message = festivalReminderMessage({
    name: '双11',
    date: '2026-11-11',
    today: '2026-10-15',
    checklist: [
      { task: '预热推文', daysBefore: 10 },
      { task: '主视觉海报', daysBefore: 20 },
      { task: '当天战报', daysBefore: 0 },
    ],
  })
  assert.equal(
    message,
    [
      '「双11」11月11日（周三），还有 27 天，该开始准备了。',
      '准备清单：',
      '· 主视觉海报：10月22日（周四）前完成',
      '· 预热推文：11月1日（周日）前完成',
      '· 当天战报：11月11日（周三）前完成',
      '去年同节点发布和排期的内容，在节点页面「去年同期」里可以看到。',
    ].join('\n'),
  )
})

test('a task whose day has passed says so; no checklist, no list', () => {
  const late = festivalReminderMessage({
    name: '春节',
    date: '2027-02-06',
    today: '2027-02-01',
    checklist: [{ task: '主视觉海报', daysBefore: 20 }],
  })
  assert.match(late, /主视觉海报：1月17日（周日）前完成（已过期）/)
  const bare = festivalReminderMessage({ name: '冬至', date: '2026-12-22', today: '2026-12-22', checklist: [] })
  assert.equal(bare, '「冬至」12月22日（周二），就是今天，该开始准备了。\n去年同节点发布和排期的内容，在节点页面「去年同期」里可以看到。')
})
