import type { Payload, PayloadRequest } from 'payload'
import type { ContentSlug } from '../content'
import type { ReviewState } from '../workflow/reviewStates'

/**
 * Appends one entry; with `req`, inside its transaction and attributed to its user, else to the system.
 * The entry names its subject by collection, id and title as they are now, so it outlives the item.
 */
export async function writeReviewLog(args: {
  payload: Payload
  req?: PayloadRequest
  collection: ContentSlug
  id: string | number
  from: ReviewState
  to: ReviewState
  event: string
  comment?: string | null
  acknowledge?: string | null
  revision?: string | null
  /** The item's title now; read from the item when not given. */
  title?: string | null
  /** When it happened, if not now (the demo's history). */
  at?: Date
}): Promise<void> {
  const title =
    args.title !== undefined
      ? args.title
      : ((
          await args.payload.findByID({
            collection: args.collection,
            id: args.id,
            depth: 0,
            overrideAccess: true,
            req: args.req,
            disableErrors: true,
            select: { title: true },
          })
        )?.title ?? null)
  await args.payload.create({
    collection: 'review-logs',
    overrideAccess: true,
    req: args.req,
    data: {
      doc: { relationTo: args.collection, value: args.id },
      docCollection: args.collection,
      docId: String(args.id),
      docTitle: title,
      from: args.from,
      to: args.to,
      event: args.event,
      by: args.req?.user?.id ?? null,
      comment: args.comment ?? null,
      acknowledge: args.acknowledge ?? null,
      revision: args.revision ?? null,
      at: (args.at ?? new Date()).toISOString(),
    },
  })
}
