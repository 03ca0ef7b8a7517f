import { PLATFORM_LABELS, isPlatformId } from '../../../lib/platforms'
import { change, count, difference, points, rate, text, type ReportCell } from './reportCells'
import type { AccountWeekNumbers, WeeklyReport } from './types'

/** One sheet of the report: the xlsx sheet name, its column headings and rows. */
export type ReportTable = { sheet: string; columns: string[]; rows: ReportCell[][] }

const platformName = (platform: string) => (isPlatformId(platform) ? PLATFORM_LABELS[platform].zh : platform)

type Measure = {
  label: string
  pick: (numbers: AccountWeekNumbers) => number | null
  cell: (value: number | null) => ReportCell
  delta: typeof change
}
/** Readers are people and plays are counts: each has its own column, never a sum of both. */
const MEASURES: Measure[] = [
  { label: '发布数', pick: (n) => n.posts, cell: count, delta: change },
  { label: '阅读人数', pick: (n) => n.readers, cell: count, delta: change },
  { label: '播放量', pick: (n) => n.plays, cell: count, delta: change },
  { label: '互动数', pick: (n) => n.interactions, cell: count, delta: change },
  { label: '互动率', pick: (n) => n.interactionRate, cell: rate, delta: points },
  { label: '涨粉', pick: (n) => n.followerGain, cell: count, delta: difference },
]

/** A time as the team reads it (YYYY-MM-DD HH:mm in its zone). */
export function teamTime(iso: string | null, timeZone: string): string | null {
  if (iso === null) return null
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? null : at.toLocaleString('sv-SE', { timeZone, hour12: false }).slice(0, 16)
}

/** The report as three tables (账号 / 个人 / 热门内容), the shape of both downloads. */
export function weeklyReportTables(args: { report: WeeklyReport; timeZone: string }): ReportTable[] {
  const { report } = args
  const accounts: ReportTable = {
    sheet: '账号',
    columns: [
      '账号',
      '平台',
      ...MEASURES.flatMap((m) => [m.label, `${m.label}（上周）`, m.delta === points ? `${m.label}环比（百分点）` : `${m.label}环比`]),
      '周末粉丝数',
    ],
    rows: report.accounts.map((line) => [
      text(line.account.name),
      text(platformName(line.account.platform)),
      ...MEASURES.flatMap((m) => {
        const current = m.pick(line.current)
        const previous = m.pick(line.previous)
        return [m.cell(current), m.cell(previous), m.delta({ current, previous })]
      }),
      count(line.current.followers),
    ]),
  }
  const people: ReportTable = {
    sheet: '个人',
    columns: ['姓名', '本周发布（篇）', '每周目标（篇）', '完成情况', '上周发布（篇）'],
    rows: report.people.map((line) => [
      text(line.person.name),
      count(line.published),
      count(line.person.weeklyOutputTarget),
      text(line.met === null ? '未设目标' : line.met ? '达成' : '未达成'),
      count(line.previousPublished),
    ]),
  }
  const top: ReportTable = {
    sheet: '热门内容',
    columns: ['排名', '标题', '账号', '平台', '发布时间', '阅读人数', '播放量', '互动数', '互动率'],
    rows: report.topPosts.map((post, index) => [
      count(index + 1),
      text(post.title),
      text(post.account?.name ?? null),
      text(post.account ? platformName(post.account.platform) : null),
      text(teamTime(post.publishedAt, args.timeZone)),
      count(post.readers),
      count(post.plays),
      count(post.interactions),
      rate(post.interactionRate),
    ]),
  }
  return [accounts, people, top]
}
