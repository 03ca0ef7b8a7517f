import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { type ContentDoc, type ContentSlug, relationId } from '../content'
import { roleOf } from '../access/roles'
import { imageFindingsForGate, pendingImagesRefusal } from '../compliance/imageFindingsOfContent'
import { checkContent } from '../compliance/checkContent'
import { findingsRefusal } from '../workflow/findingsGate'
import { REVIEW_RULES, type ReviewEvent, refusalFor } from '../workflow/review'
import { APPROVED_STATES, type ReviewState } from '../workflow/reviewStates'
import { scheduleWaitingEntries } from '../calendar/scheduleWaitingEntries'
import { cancelPendingDeliveries } from './cancelPendingDeliveries'
import { contentSnapshot } from './contentSnapshot'
import { notifyChangesRequested, notifyReviewers } from './notifyUser'
import { type ReviewFields, readReviewFields, writeReviewFields } from './reviewFields'
import { writeReviewLog } from './writeReviewLog'

/** Moved to cms/content; re-exported until the last importer is re-pointed. */

/**
 * Applies one review event a person fires: checks the table (system events are refused), the findings
 * (re-scanned with the lexicon as it is now) and the comment rules; promotes the latest draft with
 * the new state (the review fields come from the main document, never from a draft's copy); pins the
 * approved version; cancels pending deliveries when the item leaves approval; writes the review log.
 * All in one transaction: either everything happens or nothing does.
 */
export async function applyTransition(args: {
  req: PayloadRequest
  collection: ContentSlug
  id: string | number
  event: ReviewEvent
  comment?: string | null
  acknowledge?: string | null
}): Promise<ContentDoc> {
  const { req, collection, event } = args
  const { payload } = req
  if (!req.user) throw new APIError('请先登录。', 401, null, true)
  // Before the transaction: reading an image's text writes its result, and SQLite has one writer at a time.
  const images = REVIEW_RULES[event].findingsGate ? await imageFindingsForGate({ payload, collection, id: args.id }) : null
  const shouldCommit = await initTransaction(req)
  try {
    const latest = await payload.findByID({
      collection,
      id: args.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const main = latest ? await readReviewFields({ payload, req, collection, id: latest.id }) : null
    if (!latest || !main) throw new APIError('找不到这条内容，可能已被删除。', 404, null, true)
    // The stored id (a number on SQLite, a string on MongoDB), not the route's text.
    const id = latest.id
    const from: ReviewState = main.status
    const rule = REVIEW_RULES[event]
    const refusal = refusalFor({
      event,
      state: from,
      actor: { id: req.user.id, role: roleOf(req.user) },
      ownerId: relationId(latest.owner),
    })
    if (refusal) throw new APIError(refusal.message, refusal.status, null, true)
    const comment = args.comment?.trim() || null
    if (rule.commentRequired && !comment) throw new APIError(`「${rule.label.zh}」需要填写修改意见，告诉作者要改什么。`, 400, null, true)

    // Every outgoing text (media alt included) and the repeat check: repeats are review-level, never blocking.
    const findings = await checkContent({ payload, req, collection, id: latest.id, data: latest })
    if (rule.findingsGate) {
      if (images && images.pending.length > 0)
        throw new APIError(pendingImagesRefusal({ gate: rule.findingsGate, pending: images.pending }), 409, null, true)
      const gated = [...findings, ...(images?.findings ?? [])]
      const blocked = findingsRefusal({ gate: rule.findingsGate, findings: gated, acknowledge: args.acknowledge })
      if (blocked) throw new APIError(blocked, 400, null, true)
    }

    const to = rule.to
    const keepsApproval = APPROVED_STATES.includes(to)
    const approval: Partial<ReviewFields> =
      event === 'approve' ? { approvedBy: req.user.id } : keepsApproval ? {} : { approvedVersion: null, approvedBy: null }
    const publicPage: Partial<ReviewFields> = rule.publicPage === 'withdrawn' ? { publishedVersion: null } : {}
    const data = { ...contentSnapshot(latest), ...main, status: to, findings, ...approval, ...publicPage }
    await payload.update({ collection, id, data, draft: false, overrideAccess: true, req, context: { reviewTransition: true } })

    let revision: string | null = main.approvedVersion
    if (event === 'approve') {
      const newest = await payload.findVersions({
        collection,
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      revision = String(newest.docs[0]?.id)
      // The version id exists only after the update that creates it: pin it on the main document and that version.
      await writeReviewFields({ payload, req, collection, id, fields: { approvedVersion: revision } })
    }
    if (event === 'approve')
      await scheduleWaitingEntries({ req, collection, id, title: String(latest.title), owner: relationId(latest.owner) })
    if (APPROVED_STATES.includes(from) && (!keepsApproval || event === 'unschedule')) {
      await cancelPendingDeliveries({ req, collection, id, reason: `内容状态变为「${to}」，未开始的发布已取消。` })
    }
    await writeReviewLog({
      payload: req.payload,
      req,
      collection,
      id,
      from,
      to,
      event,
      comment,
      acknowledge: args.acknowledge?.trim() || null,
      revision,
    })
    if (event === 'submit') {
      await notifyReviewers({
        req,
        doc: { relationTo: collection, value: id },
        title: String(latest.title),
        submitter: { id: req.user.id, name: typeof req.user.name === 'string' ? req.user.name : null },
      })
    }
    if (event === 'request_changes') {
      await notifyChangesRequested({
        req,
        owner: relationId(latest.owner),
        doc: { relationTo: collection, value: id },
        title: String(latest.title),
        // Required for this event (checked above).
        comment: comment ?? '',
      })
    }
    if (shouldCommit) await commitTransaction(req)
    return await payload.findByID({ collection, id, depth: 0, overrideAccess: true })
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
