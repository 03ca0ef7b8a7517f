import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { formatTeamTime } from '../../../../lib/formatTeamTime'
import { PLATFORM_LABELS } from '../../../../lib/platforms'
import { bundleIdsOf, checkEntryPush } from '../../../calendar/checkEntryPush'
import { decideEntry } from '../../../calendar/entryDecision'
import { CONTENT_KIND, relationId } from '../../../content'
import { publishingRuntime } from '../../../delivery/publishingRuntime'
import { effectiveTitleVariant, titleVariantProblem } from '../../../delivery/titleVariantCheck'
import { actorIpOf } from '../../../http/actorIpOf'
import { checkTopicOfContent, resolveTopicSlot } from '../../../calendar/topicSlot'
import type { CalendarEntry } from '../../../payload-types'

const LOCKED: readonly CalendarEntry['state'][] = ['publishing', 'published']
const PLAN_FIELDS = ['publishAt', 'account', 'content', 'topic'] as const
/** What the slot's delivery pins besides the time: a change replaces the delivery. */
const PUSH_FIELDS = ['bundle', 'mode', 'tagId', 'titleVariant'] as const

/**
 * Checks an entry as it is created or moved (time in the future, an account that can publish this
 * kind of content, content that may be scheduled) and sets its state and the acting user's public IP;
 * the delivery and its job are made after the write (afterEntryChange). Updates that only record
 * progress (state) pass through.
 */
export const planEntry: CollectionBeforeChangeHook<CalendarEntry> = async ({ data: given, operation, originalDoc, req }) => {
  let data = given
  const merged = { ...originalDoc, ...data }
  const changed = (f: (typeof PLAN_FIELDS)[number] | (typeof PUSH_FIELDS)[number]) =>
    f in data && JSON.stringify(comparable(f, data[f])) !== JSON.stringify(comparable(f, originalDoc?.[f]))
  const pushChanged = operation === 'update' && PUSH_FIELDS.some(changed)
  const moved = operation === 'create' || pushChanged || PLAN_FIELDS.some(changed)
  if (!moved) return data
  if (operation === 'update' && originalDoc && LOCKED.includes(originalDoc.state)) {
    throw new APIError('这条排期已在发布中或已发布，不能再修改时间或账号。', 400, null, true)
  }
  const account = await req.payload.findByID({
    collection: 'platform-accounts',
    id: relationId(merged.account) ?? '',
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!account) throw new APIError('排期要选择一个存在的发布账号。', 400, null, true)
  const actorIp = actorIpOf(req)
  let { content } = merged
  if (!content) {
    // No draft yet: an approved 选题 holds the slot until "start writing" fills it.
    const slot = await resolveTopicSlot({
      req,
      topicId: relationId(merged.topic),
      accountId: account.id,
      accountName: account.name,
      publishAt: new Date(String(merged.publishAt)),
      now: new Date(),
    })
    if (slot.kind === 'hold') {
      req.context.entryPlan = 'hold'
      return { ...data, actorIp, state: 'awaiting_content' }
    }
    content = slot.content
    data = { ...data, content }
  }
  const doc = await req.payload.findByID({
    collection: content.relationTo,
    id: relationId(content.value) ?? '',
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!doc) throw new APIError('排期要关联一条存在的内容（图文、视频、海报或笔记）。', 400, null, true)
  const topicId = relationId(merged.topic)
  if (merged.content && topicId !== null && (operation === 'create' || changed('topic'))) {
    await checkTopicOfContent({
      req,
      topicId,
      content,
      contentTopic: doc.topic,
      accountId: account.id,
      accountName: account.name,
      publishAt: new Date(String(merged.publishAt)),
      now: new Date(),
    })
  }
  const { platform } = account
  if (!publishingRuntime().registry.find({ platform, contentKind: CONTENT_KIND[content.relationTo] })) {
    throw new APIError(`「${account.name}」是${PLATFORM_LABELS[platform]?.zh ?? platform}账号，不能发布这类内容。`, 400, null, true)
  }
  const decision = decideEntry({
    contentState: doc.status,
    publishAt: new Date(String(merged.publishAt)),
    now: new Date(),
    formatTime: formatTeamTime,
  })
  if (decision.kind === 'refuse') throw new APIError(decision.message, 400, null, true)
  await checkEntryPush({
    req,
    entry: { id: originalDoc?.id, mode: merged.mode, tagId: merged.tagId, bundle: merged.bundle, publishAt: String(merged.publishAt) },
    account,
    lead: { collection: content.relationTo, id: String(doc.id), title: doc.title },
  })
  const titleProblem = titleVariantProblem({ collection: content.relationTo, data: doc, title: doc.title, variant: merged.titleVariant })
  if (titleProblem) throw new APIError(titleProblem, 400, null, true)
  // A scheduled slot whose bundle, mode or tag changed gets a new delivery (they are pinned in it).
  req.context.entryPushChanged = pushChanged
  // On create, Payload gives this hook a copy of the context; the request's own reaches afterChange.
  req.context.entryPlan = decision.kind
  // Whoever creates or moves the slot is the one who publishes it (Weibo's rip); unknown is null, never a stale IP.
  return {
    ...data,
    actorIp,
    state:
      decision.kind === 'wait' ? decision.entryState : originalDoc?.state === 'scheduled' ? 'scheduled' : (originalDoc?.state ?? 'planned'),
  }
}

/** A field's value as saved, for comparison: a bundle by its article ids (populated or not), empty as empty. */
function comparable(field: string, value: unknown): unknown {
  if (field === 'bundle') return Array.isArray(value) ? bundleIdsOf(value) : []
  if (field === 'titleVariant') return effectiveTitleVariant(value)
  return value ?? null
}
