import type { PayloadRequest } from 'payload'
import type { ContentRef } from '../content'

/** Leaves a message for one user in the admin (inside the caller's transaction). */
export async function notifyUser(args: {
  req: PayloadRequest
  recipient: string | number | null
  kind: string
  message: string
  doc?: ContentRef
}): Promise<void> {
  if (args.recipient === null) return
  await args.req.payload.create({
    collection: 'notifications',
    overrideAccess: true,
    req: args.req,
    data: { recipient: args.recipient, kind: args.kind, message: args.message, doc: args.doc, read: false },
  })
}

/**
 * Tells the reviewers that an item waits for them (待审核): every editor, or the admins when the team
 * has no editor, never the person who submitted it. For the review workflow to call on 提交审核.
 */
export async function notifyReviewers(args: {
  req: PayloadRequest
  doc: ContentRef
  title: string
  submitter: { id: string | number; name?: string | null }
}): Promise<void> {
  const { req } = args
  const find = (role: 'editor' | 'admin') =>
    req.payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: role } }, { id: { not_equals: args.submitter.id } }] },
      pagination: false,
      depth: 0,
      select: { name: true },
      overrideAccess: true,
      req,
    })
  const editors = await find('editor')
  const reviewers = editors.docs.length > 0 ? editors.docs : (await find('admin')).docs
  const by = args.submitter.name ? `${args.submitter.name}提交了` : '有人提交了'
  for (const reviewer of reviewers) {
    await notifyUser({
      req,
      recipient: reviewer.id,
      kind: 'review_requested',
      message: `${by}《${args.title}》，等待审核。`,
      doc: args.doc,
    })
  }
}

/** Tells an item's owner that the reviewer sent it back (退回修改), with the reviewer's comment. */
export async function notifyChangesRequested(args: {
  req: PayloadRequest
  owner: string | number | null
  doc: ContentRef
  title: string
  comment: string
}): Promise<void> {
  await notifyUser({
    req: args.req,
    recipient: args.owner,
    kind: 'changes_requested',
    message: `《${args.title}》需要修改：${args.comment}`,
    doc: args.doc,
  })
}
