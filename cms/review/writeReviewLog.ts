import { type Payload, type PayloadRequest, ValidationError } from 'payload'
import type { ContentSlug } from '../content'
import type { ReviewState } from '../workflow/reviewStates'

/**
 * Appends one entry; with `req`, inside its transaction and attributed to its user, else to the system.
 * The entry names its subject by collection, id and title as they are now, so it outlives the item.
 * With `moveKey`, an entry of that key already written wins and nothing is written.
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
  /** The move's own key, which the database keeps unique (cms/review/logMoveOnce.ts). */
  moveKey?: string
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
  try {
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
        ...(args.moveKey === undefined ? {} : { moveKey: args.moveKey }),
      },
    })
  } catch (error) {
    if (args.moveKey !== undefined && error instanceof ValidationError && error.data.errors.some((e) => e.path === 'moveKey')) return
    throw error
  }
}
