import type { Payload } from 'payload'
import type { Matcher } from '../../moderation'
import type { ContentSlug } from '../content'
import { mediaAltLookup } from './mediaAltLookup'
import { scanContent } from './scanContent'

/** One item a publish sends: the lead, or an article of its bundle (次条), each scanned as itself. */
export type OutgoingItem = { collection: ContentSlug; data: object; title: string; role: 'lead' | 'bundle' }

/**
 * The worker's last check before any platform call: the blocking words of everything the delivery
 * sends (every outgoing text and the alt text of each item's media), as the refusal to record, or
 * null when nothing blocks. Each blocked item is named (the lead as 定稿内容, a 次条 by its title).
 */
export async function blockedBeforePublish(args: {
  payload: Payload
  matcher: Matcher
  items: readonly OutgoingItem[]
}): Promise<string | null> {
  const blocked: string[] = []
  for (const item of args.items) {
    const media = await mediaAltLookup({ payload: args.payload, collection: item.collection, data: item.data })
    const words = scanContent({ matcher: args.matcher, collection: item.collection, data: item.data, media })
      .filter((f) => f.severity === 'block')
      .map((f) => `「${f.word}」`)
    if (words.length === 0) continue
    const named = [...new Set(words)].join('、')
    blocked.push(item.role === 'lead' ? `定稿内容含有禁用词 ${named}` : `次条《${item.title}》含有禁用词 ${named}`)
  }
  return blocked.length > 0 ? `${blocked.join('；')}（词库在审核后有更新），已停止发布。` : null
}
