import type { FestivalRule } from './festivalDates'

/**
 * The 节点 every team plans around, each with its lead time (preparation opens `leadDays` before
 * the date) and its checklist (each task due `daysBefore` the date). Seeded into 节点 once, edited
 * by the team afterwards; the calendar marks the same days in any year.
 */
export type FestivalKind = 'holiday' | 'shopping' | 'marketing'
export type ChecklistTask = { task: string; daysBefore: number }
export type DefaultFestival = { name: string; rule: FestivalRule; kind: FestivalKind; leadDays: number; checklist: ChecklistTask[] }

const solar = (month: number, day: number): FestivalRule => ({ calendar: 'solar', month, day })
const lunar = (month: number, day: number): FestivalRule => ({ calendar: 'lunar', month, day })

/** A holiday's usual run: the key visual, a 预热 article, a greeting poster on the day. */
function holidayTasks(args: { visual: number; warmUp: number }): ChecklistTask[] {
  return [
    { task: '确定选题与主视觉方向', daysBefore: args.visual + 5 },
    { task: '节日主视觉海报', daysBefore: args.visual },
    { task: '预热推文', daysBefore: args.warmUp },
    { task: '当天节日祝福海报', daysBefore: 1 },
  ]
}

/** A shopping festival's run: key visual, 预热 article, a countdown poster on each of the last three days, the day's 战报. */
function campaignTasks(args: { visual: number; rules: number; warmUp: number }): ChecklistTask[] {
  return [
    { task: '活动规则与权益说明', daysBefore: args.rules },
    { task: '主视觉海报', daysBefore: args.visual },
    { task: '预热推文', daysBefore: args.warmUp },
    { task: '倒计时海报（3 天）', daysBefore: 3 },
    { task: '倒计时海报（2 天）', daysBefore: 2 },
    { task: '倒计时海报（1 天）', daysBefore: 1 },
    { task: '当天战报', daysBefore: 0 },
  ]
}

export const DEFAULT_FESTIVALS: readonly DefaultFestival[] = [
  { name: '元旦', rule: solar(1, 1), kind: 'holiday', leadDays: 21, checklist: holidayTasks({ visual: 10, warmUp: 5 }) },
  { name: '除夕', rule: lunar(12, 30), kind: 'holiday', leadDays: 21, checklist: holidayTasks({ visual: 10, warmUp: 3 }) },
  { name: '春节', rule: lunar(1, 1), kind: 'holiday', leadDays: 30, checklist: holidayTasks({ visual: 20, warmUp: 10 }) },
  { name: '情人节', rule: solar(2, 14), kind: 'marketing', leadDays: 14, checklist: holidayTasks({ visual: 7, warmUp: 3 }) },
  { name: '元宵节', rule: lunar(1, 15), kind: 'marketing', leadDays: 10, checklist: holidayTasks({ visual: 5, warmUp: 2 }) },
  { name: '妇女节', rule: solar(3, 8), kind: 'marketing', leadDays: 14, checklist: holidayTasks({ visual: 7, warmUp: 3 }) },
  {
    name: '3·15 消费者权益日',
    rule: solar(3, 15),
    kind: 'marketing',
    leadDays: 30,
    checklist: [
      { task: '权益科普选题与案例征集', daysBefore: 21 },
      { task: '维权案例长文', daysBefore: 7 },
      { task: '权益知识海报', daysBefore: 5 },
      { task: '预热推文', daysBefore: 3 },
      { task: '当天专题推送', daysBefore: 0 },
    ],
  },
  {
    name: '清明节',
    rule: { calendar: 'solar_term', term: 'qingming' },
    kind: 'holiday',
    leadDays: 14,
    checklist: holidayTasks({ visual: 7, warmUp: 3 }),
  },
  { name: '劳动节', rule: solar(5, 1), kind: 'holiday', leadDays: 21, checklist: holidayTasks({ visual: 10, warmUp: 5 }) },
  { name: '520', rule: solar(5, 20), kind: 'marketing', leadDays: 10, checklist: holidayTasks({ visual: 5, warmUp: 2 }) },
  { name: '儿童节', rule: solar(6, 1), kind: 'marketing', leadDays: 14, checklist: holidayTasks({ visual: 7, warmUp: 3 }) },
  { name: '端午节', rule: lunar(5, 5), kind: 'holiday', leadDays: 21, checklist: holidayTasks({ visual: 10, warmUp: 5 }) },
  { name: '618', rule: solar(6, 18), kind: 'shopping', leadDays: 30, checklist: campaignTasks({ rules: 25, visual: 18, warmUp: 10 }) },
  { name: '七夕', rule: lunar(7, 7), kind: 'marketing', leadDays: 14, checklist: holidayTasks({ visual: 7, warmUp: 3 }) },
  { name: '教师节', rule: solar(9, 10), kind: 'marketing', leadDays: 10, checklist: holidayTasks({ visual: 5, warmUp: 2 }) },
  { name: '中秋节', rule: lunar(8, 15), kind: 'holiday', leadDays: 30, checklist: holidayTasks({ visual: 14, warmUp: 7 }) },
  { name: '国庆节', rule: solar(10, 1), kind: 'holiday', leadDays: 30, checklist: holidayTasks({ visual: 14, warmUp: 7 }) },
  { name: '重阳节', rule: lunar(9, 9), kind: 'marketing', leadDays: 10, checklist: holidayTasks({ visual: 5, warmUp: 2 }) },
  // 10-15 starts 双11: the 预售 of most platforms opens in the second half of October.
  { name: '双11', rule: solar(11, 11), kind: 'shopping', leadDays: 27, checklist: campaignTasks({ rules: 22, visual: 20, warmUp: 10 }) },
  { name: '双12', rule: solar(12, 12), kind: 'shopping', leadDays: 20, checklist: campaignTasks({ rules: 15, visual: 12, warmUp: 7 }) },
  {
    name: '冬至',
    rule: { calendar: 'solar_term', term: 'dongzhi' },
    kind: 'marketing',
    leadDays: 10,
    checklist: holidayTasks({ visual: 5, warmUp: 2 }),
  },
  { name: '圣诞节', rule: solar(12, 25), kind: 'marketing', leadDays: 14, checklist: holidayTasks({ visual: 7, warmUp: 3 }) },
]
