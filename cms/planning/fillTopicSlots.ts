import { APIError, type PayloadRequest, ValidationError } from 'payload'
import { logger } from '../../lib/logger'
import type { ContentRef } from '../content'

type Id = string | number
export type TopicSlotsFilled = { filled: Id[]; skipped: { entry: Id; reason: string }[] }

/**
 * Gives every slot still waiting on the topic (待写稿, no content) its new draft: each is updated like
 * an editor choosing the content, so planEntry plans it as any slot (a draft's slot is 已计划). A slot
 * it refuses — an account that cannot publish this kind, a time already past — stays waiting and is
 * reported with planEntry's own reason. One write per slot: a refused slot leaves the others filled.
 */
export async function fillTopicSlots(args: { req: PayloadRequest; topicId: Id; content: ContentRef }): Promise<TopicSlotsFilled> {
  const { req } = args
  const { docs } = await req.payload.find({
    collection: 'calendar-entries',
    where: { and: [{ topic: { equals: args.topicId } }, { state: { equals: 'awaiting_content' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const result: TopicSlotsFilled = { filled: [], skipped: [] }
  for (const entry of docs) {
    if (entry.content) continue
    try {
      // The topic's start fills the slots the editors placed: not a change the caller needs calendar rights for.
      await req.payload.update({
        collection: 'calendar-entries',
        id: entry.id,
        data: { content: args.content },
        overrideAccess: true,
        req,
        depth: 0,
      })
      result.filled.push(entry.id)
    } catch (error) {
      result.skipped.push({ entry: entry.id, reason: reasonOf(error) })
      if (!(error instanceof APIError && error.isPublic) && !(error instanceof ValidationError))
        logger.error({ err: error, entry: entry.id }, 'filling a topic slot failed')
    }
  }
  return result
}

function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) {
    const messages = error.data.errors.map((e) => e.message).filter(Boolean)
    if (messages.length > 0) return messages.join('；')
  }
  if (error instanceof APIError && error.isPublic) return error.message
  return '这条排期没能填上稿件：请在日历上打开它，手动选择这篇内容。'
}
