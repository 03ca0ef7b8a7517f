import { APIError, type PayloadRequest } from 'payload'
import { formatTeamTime } from '../../lib/formatTeamTime'
import { relationId } from '../content'
import type { CalendarEntry, Topic } from '../payload-types'

type ContentRef = NonNullable<CalendarEntry['content']>
/** A slot given a topic and no content: held for the draft, or filled at once when the topic is already being written. */
export type TopicSlot = { kind: 'hold' } | { kind: 'fill'; content: ContentRef }

const PLACEABLE: readonly Topic['state'][] = ['approved', 'in_production']

/**
 * A 选题 may hold a slot once an editor approved it, on one of its target accounts (when it names
 * any) and at a time still ahead. A topic already started brings its draft, so the slot is an
 * ordinary one from then on.
 */
export async function resolveTopicSlot(args: {
  req: PayloadRequest
  topicId: string | number | null
  accountId: string | number | null
  accountName: string
  publishAt: Date
  now: Date
}): Promise<TopicSlot> {
  const topic =
    args.topicId === null
      ? null
      : await args.req.payload.findByID({
          collection: 'topics',
          id: args.topicId,
          depth: 0,
          overrideAccess: true,
          req: args.req,
          disableErrors: true,
        })
  if (!topic) throw new APIError('排期要关联一条存在的内容（图文、视频、海报或笔记），或一个已通过的选题。', 400, null, true)
  if (!PLACEABLE.includes(topic.state)) {
    throw new APIError(`选题「${topic.title}」还没通过，不能占排期：请先请编辑在选题会上通过它。`, 400, null, true)
  }
  const targets = (topic.accounts ?? []).map((a) => String(relationId(a)))
  if (targets.length > 0 && !targets.includes(String(args.accountId))) {
    throw new APIError(
      `选题「${topic.title}」的目标账号里没有「${args.accountName}」：请换成目标账号，或先在选题里加上它。`,
      400,
      null,
      true,
    )
  }
  if (Number.isNaN(args.publishAt.getTime()) || args.publishAt.getTime() <= args.now.getTime()) {
    throw new APIError(`发布时间 ${formatTeamTime(args.publishAt)} 已经过去：请选一个将来的时间。`, 400, null, true)
  }
  if (topic.content) {
    const value = relationId(topic.content.value)
    if (value !== null) return { kind: 'fill', content: { relationTo: topic.content.relationTo, value } }
  }
  return { kind: 'hold' }
}

/**
 * A slot given both content and a topic: the topic must be one that could hold the slot, and the
 * content must be the draft started from it (a false link would hide the slot from "start writing").
 */
export async function checkTopicOfContent(args: {
  req: PayloadRequest
  topicId: string | number
  content: ContentRef
  contentTopic: unknown
  accountId: string | number
  accountName: string
  publishAt: Date
  now: Date
}): Promise<void> {
  const slot = await resolveTopicSlot({ ...args, topicId: args.topicId })
  const startedFrom = String(relationId(args.contentTopic)) === String(args.topicId)
  const same =
    slot.kind === 'fill' &&
    slot.content.relationTo === args.content.relationTo &&
    String(slot.content.value) === String(relationId(args.content.value))
  if (!startedFrom && !same) {
    throw new APIError('这条内容不是从所选选题开写的：请去掉选题，或在选题上点「开始写作」后用它的稿子排期。', 400, null, true)
  }
}
