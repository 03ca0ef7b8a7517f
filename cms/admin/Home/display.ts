import type { ContentSlug } from '../../content'

export const CONTENT_KIND_LABEL: Record<ContentSlug, string> = { articles: '图文', videos: '视频', posters: '海报', notes: '笔记' }

/** A slot's or due date's time in the team's zone: 12月4日 周五 07:30. */
export function slotTime(args: { at: string; timeZone: string }): string {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: args.timeZone,
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(args.at))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('month')}月${part('day')}日 ${part('weekday')} ${part('hour')}:${part('minute')}`
}

/** Only the clock time, for today's slots: 07:30. */
export function clockTime(args: { at: string; timeZone: string }): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: args.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(args.at),
  )
}

export const itemHref = (item: { collection: ContentSlug; id: string | number }) => `/admin/collections/${item.collection}/${item.id}`
