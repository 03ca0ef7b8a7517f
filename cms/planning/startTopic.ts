import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { hasRole } from '../access/roles'
import { type ContentRef, type ContentSlug, contentRefOf, relationId } from '../content'
import { TOPIC_START_CONTEXT } from '../collections/Topics/hooks/guardTopic'
import { findForUser } from '../http/findForUser'
import type { Topic, User } from '../payload-types'
import { claimTopic, releaseTopic } from './claimTopic'
import { fillTopicSlots } from './fillTopicSlots'
import { editUrlOf, START_KIND_LABELS, type StartTopicConflict, type StartTopicReply } from './startTopicShapes'

export type StartTopicOutcome = { status: 201; body: StartTopicReply } | { status: 409; body: StartTopicConflict }

/**
 * "Start writing" a 选题: its owner (or an editor or admin) gets the draft, linked to the topic, and
 * every slot waiting on the topic is filled with it. The topic is first claimed approved → 制作中 by a
 * compare-and-set (claimTopic), so a double click makes one draft; then the draft and the topic's link
 * to it are written in one transaction (never a draft without its topic); then the slots.
 */
export async function startTopic(args: {
  req: PayloadRequest
  user: User
  topicId: string
  kind: ContentSlug
}): Promise<StartTopicOutcome> {
  const { req, user, kind } = args
  const topic = await findForUser({ req, collection: 'topics', id: args.topicId, missing: '找不到这个选题，可能已被删除。' })
  await refuseUnlessMayStart({ req, user, topic, kind })
  const started = startedConflict(topic)
  if (started) return started
  if (topic.state === 'in_production') return inProgress(topic)
  if (topic.state !== 'approved') throw notStartable(topic)
  if (!(await claimTopic({ req, id: topic.id }))) {
    const now = await req.payload.findByID({ collection: 'topics', id: topic.id, depth: 0, overrideAccess: true, disableErrors: true })
    return startedConflict(now ?? topic) ?? inProgress(topic)
  }
  const content = await createLinkedDraft({ req, user, topic, kind })
  const slots = await fillTopicSlots({ req, topicId: topic.id, content })
  return { status: 201, body: { content, editUrl: editUrlOf(content), ...slots } }
}

/**
 * The draft is created overriding access (its `topic` takes no input), so the caller's rights are
 * checked here first: the topic's owner, an editor or an admin, whose role may create this kind.
 */
async function refuseUnlessMayStart(args: { req: PayloadRequest; user: User; topic: Topic; kind: ContentSlug }): Promise<void> {
  const { req, user, topic, kind } = args
  const owner = relationId(topic.owner)
  const isOwner = owner !== null && String(owner) === String(user.id)
  if (!isOwner && !hasRole(user, 'admin', 'editor'))
    throw new APIError(`只有选题「${topic.title}」的执行人、编辑或管理员可以开始写作。`, 403, null, true)
  const mayCreate = await req.payload.collections[kind].config.access.create({ req, data: {} })
  if (!mayCreate)
    throw new APIError(`你的角色不能新建${START_KIND_LABELS[kind]}：请换一种内容类型，或请编辑代为开始写作。`, 403, null, true)
}

/** 409 when the topic already has its draft: the reply names it, so the caller opens it instead. */
function startedConflict(topic: Topic): StartTopicOutcome | null {
  const doc = contentRefOf(topic.content)
  if (!doc) return null
  const message = `选题「${topic.title}」已经开始写作，稿件已建好：请直接打开它继续写（不会再建第二份）。`
  return { status: 409, body: { errors: [{ message }], doc, editUrl: editUrlOf(doc) } }
}

/** 制作中 with no draft yet: another start is under way (or an editor set the state by hand). */
function inProgress(topic: Topic): StartTopicOutcome {
  const message = `选题「${topic.title}」已在制作中，可能刚有人点了「开始写作」：请稍后刷新，打开已建好的稿件；一直没有稿件的话，请找编辑。`
  return { status: 409, body: { errors: [{ message }] } }
}

function notStartable(topic: Topic): APIError {
  if (topic.state === 'idea')
    return new APIError(`选题「${topic.title}」还没通过，不能开始写作：请先请编辑在选题会上通过它。`, 400, null, true)
  return new APIError(`选题「${topic.title}」已完成，不能再开始写作。`, 400, null, true)
}

/** The draft and the topic's link to it, all or nothing; on failure the claim is given back. */
async function createLinkedDraft(args: { req: PayloadRequest; user: User; topic: Topic; kind: ContentSlug }): Promise<ContentRef> {
  const { req, topic, kind } = args
  const shouldCommit = await initTransaction(req)
  let draftId: string | number | null = null
  try {
    draftId = await createDraft({ req, kind, owner: relationId(topic.owner) ?? args.user.id, topic })
    const content: ContentRef = { relationTo: kind, value: draftId }
    req.context[TOPIC_START_CONTEXT] = true
    try {
      await req.payload.update({
        collection: 'topics',
        id: topic.id,
        data: { content, state: 'in_production' },
        overrideAccess: true,
        req,
        depth: 0,
      })
    } finally {
      delete req.context[TOPIC_START_CONTEXT]
    }
    if (shouldCommit) await commitTransaction(req)
    return content
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    // Without a transaction of our own (the adapter has none) the draft is undone by hand.
    else if (draftId !== null) await req.payload.delete({ collection: kind, id: draftId, overrideAccess: true, req })
    await releaseTopic({ req, id: topic.id })
    throw error
  }
}

/**
 * The draft itself, in review state 草稿, owned by the topic's owner (the caller when it
 * names no one; ownerField keeps an owner given by an editor, else makes it the caller). Its `topic`
 * takes no input, hence overrideAccess; an article starts from the topic's angle.
 */
async function createDraft(args: {
  req: PayloadRequest
  kind: ContentSlug
  owner: string | number
  topic: Topic
}): Promise<string | number> {
  const { req, topic } = args
  const data = { title: topic.title, status: 'draft' as const, owner: args.owner, campaign: relationId(topic.campaign), topic: topic.id }
  const options = { overrideAccess: true, req, depth: 0 } as const
  switch (args.kind) {
    case 'articles':
      return (await req.payload.create({ collection: 'articles', data: { ...data, body: topic.angle ?? null }, ...options })).id
    case 'videos':
      return (await req.payload.create({ collection: 'videos', data, ...options })).id
    case 'posters':
      return (await req.payload.create({ collection: 'posters', data, ...options })).id
    case 'notes':
      return (await req.payload.create({ collection: 'notes', data, ...options })).id
  }
}
