import { hasRole } from '../../access/roles'
import { CONTENT_SLUGS, type ContentSlug, relationId } from '../../content'
import { asReader, type HomeReader } from './homeReader'
import type { ReviewRow } from './homeTypes'

type Id = string | number

/**
 * 待我审核: items in review that I may decide on (an editor never their own; an admin may), oldest
 * submission first, each with who submitted it and when (the latest 提交审核 in the review log, else its
 * owner and last change) and its due date: the earliest slot it has on the calendar.
 */
export async function loadReviewQueue(reader: HomeReader): Promise<ReviewRow[]> {
  const mineToo = hasRole(reader.req.user, 'admin')
  const lists = await Promise.all(
    CONTENT_SLUGS.map(async (collection) => {
      const { docs } = await reader.payload.find({
        ...asReader(reader),
        collection,
        where: {
          and: [{ status: { equals: 'in_review' } }, ...(mineToo ? [] : [{ owner: { not_equals: reader.userId } }])],
        },
        sort: 'updatedAt',
        limit: 50,
        depth: 1,
        select: { title: true, status: true, updatedAt: true, owner: true },
        populate: { users: { name: true } },
      })
      if (docs.length === 0) return []
      const ids = docs.map((doc) => doc.id)
      const [submissions, dues] = await Promise.all([loadSubmissions(reader, collection, ids), loadDueDates(reader, collection, ids)])
      return docs.map((doc): ReviewRow => {
        const submission = submissions.get(String(doc.id))
        const owner = typeof doc.owner === 'object' && doc.owner !== null ? doc.owner.name : null
        return {
          collection,
          id: doc.id,
          title: doc.title,
          status: doc.status,
          updatedAt: doc.updatedAt,
          submitter: submission?.by ?? owner,
          submittedAt: submission?.at ?? doc.updatedAt,
          due: dues.get(String(doc.id)) ?? null,
        }
      })
    }),
  )
  return lists.flat().sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
}

async function loadSubmissions(
  reader: HomeReader,
  collection: ContentSlug,
  ids: Id[],
): Promise<Map<string, { by: string | null; at: string }>> {
  const { docs } = await reader.payload.find({
    ...asReader(reader),
    collection: 'review-logs',
    where: { and: [{ docCollection: { equals: collection } }, { docId: { in: ids.map(String) } }, { event: { equals: 'submit' } }] },
    sort: '-at',
    pagination: false,
    depth: 1,
    select: { docId: true, by: true, at: true },
    populate: { users: { name: true } },
  })
  const latest = new Map<string, { by: string | null; at: string }>()
  for (const log of docs) {
    if (latest.has(log.docId)) continue
    latest.set(log.docId, { by: typeof log.by === 'object' && log.by !== null ? log.by.name : null, at: log.at })
  }
  return latest
}

async function loadDueDates(reader: HomeReader, collection: ContentSlug, ids: Id[]): Promise<Map<string, string>> {
  const { docs } = await reader.payload.find({
    ...asReader(reader),
    collection: 'calendar-entries',
    where: {
      and: [{ 'content.relationTo': { equals: collection } }, { 'content.value': { in: ids } }, { state: { not_equals: 'cancelled' } }],
    },
    sort: 'publishAt',
    pagination: false,
    depth: 0,
    select: { content: true, publishAt: true },
  })
  const due = new Map<string, string>()
  for (const entry of docs) {
    if (!entry.content) continue
    const id = relationId(entry.content.value)
    if (id !== null && !due.has(String(id))) due.set(String(id), entry.publishAt)
  }
  return due
}
