import { addDays } from '../../lib/zonedTime'
import { weekdayOf } from './festivalDates'

type Task = { task: string; daysBefore?: number | null }

const dayOf = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/**
 * The reminder that a 节点's preparation has opened, as the owner reads it: the date and weekday,
 * the days left, each checklist task with the day it is due, and where last year's items are.
 */
export function festivalReminderMessage(args: { name: string; date: string; today: string; checklist: readonly Task[] }): string {
  const daysLeft = Math.round((Date.parse(`${args.date}T00:00:00Z`) - Date.parse(`${args.today}T00:00:00Z`)) / 86_400_000)
  const when = daysLeft === 0 ? '就是今天' : `还有 ${daysLeft} 天`
  const lines = [`「${args.name}」${dayOf(args.date)}（${weekdayOf(args.date)}），${when}，该开始准备了。`]
  const tasks = [...args.checklist].sort((a, b) => (b.daysBefore ?? 0) - (a.daysBefore ?? 0))
  if (tasks.length > 0) {
    lines.push('准备清单：')
    for (const item of tasks) {
      const due = addDays(args.date, -(item.daysBefore ?? 0))
      lines.push(`· ${item.task}：${dayOf(due)}（${weekdayOf(due)}）前完成${due < args.today ? '（已过期）' : ''}`)
    }
  }
  lines.push('去年同节点发布和排期的内容，在节点页面「去年同期」里可以看到。')
  return lines.join('\n')
}
