import type { Payload } from 'payload'
import { CONTENT_SLUGS, relationId } from '../content'
import { notifyChangesRequested, notifyReviewers } from '../review/notifyUser'
import { writeReviewLog } from '../review/writeReviewLog'
import { seededRequests } from './seededRequests'
import { writtenBefore } from './writtenBefore'

type Id = string | number

/** What the editor wrote when sending each demo item back, by the item's title. */
export const DEMO_SENT_BACK: Readonly<Record<string, string>> = {
  '消费者权益科普：会员权益到底怎么算？': '黑卡门槛已经调到 30,000 分，请和会员中心的规则核对一遍；文末再补一段积分有效期。',
  '店长私藏：冬季养生汤': '去掉“暖身”“养生”这类功效说法，只写做法和食材，配图保留。',
}
const GENERIC_SENT_BACK = '请按审核意见修改后再提交。'

/**
 * The demo's items waiting for review (审核中) or sent back (需修改) are seeded in that state directly;
 * this leaves the trail the review workflow would have: each one's 提交审核 by its owner in the review
 * history, hours ago, with the 待审核 notification to the editors; for one sent back, the editor's
 * 退回修改 with its reason and the owner's notification. The same writers as the workflow's, so the
 * texts are the ones people see every day.
 */
export async function seedReviewTrail(args: { payload: Payload; now: Date; editor: Id }): Promise<void> {
  const { payload } = args
  const hoursAgo = (hours: number) => new Date(args.now.getTime() - hours * 3_600_000)
  const userReq = seededRequests(payload)
  const editor = await userReq(args.editor)
  let order = 0
  for (const collection of CONTENT_SLUGS) {
    const { docs } = await payload.find({
      collection,
      where: { status: { in: ['in_review', 'changes_requested'] } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const ownerId = relationId(doc.owner)
      if (ownerId === null) continue
      const owner = await userReq(ownerId)
      const ref = { relationTo: collection, value: doc.id }
      const title = String(doc.title ?? '')
      // Spread over the last day, the earliest first: the review queue reads oldest first.
      const submittedAt = hoursAgo(26 - 3 * order++)
      await writtenBefore({ payload, collection, id: doc.id, firstEntry: submittedAt })
      await writeReviewLog({
        payload,
        req: owner.req,
        collection,
        id: doc.id,
        from: 'draft',
        to: 'in_review',
        event: 'submit',
        title,
        at: submittedAt,
      })
      if (doc.status === 'in_review') {
        await notifyReviewers({ req: owner.req, doc: ref, title, submitter: { id: owner.user.id, name: owner.user.name } })
        continue
      }
      const comment = DEMO_SENT_BACK[title] ?? GENERIC_SENT_BACK
      await writeReviewLog({
        payload,
        req: editor.req,
        collection,
        id: doc.id,
        from: 'in_review',
        to: 'changes_requested',
        event: 'request_changes',
        comment,
        title,
        at: new Date(submittedAt.getTime() + 90 * 60_000),
      })
      await notifyChangesRequested({ req: editor.req, owner: ownerId, doc: ref, title, comment })
    }
  }
}
