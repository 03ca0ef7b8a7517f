import type { Payload, PayloadRequest } from 'payload'
import type { ReviewState } from '../workflow/reviewStates'

/** Appends one entry; with `req`, inside its transaction and attributed to its user, else to the system. */
export async function writeReviewLog(args: {
  payload: Payload
  req?: PayloadRequest
  collection: 'articles' | 'videos' | 'posters'
  id: string | number
  from: ReviewState
  to: ReviewState
  event: string
  comment?: string | null
  acknowledge?: string | null
  revision?: string | null
}): Promise<void> {
  await args.payload.create({
    collection: 'review-logs',
    overrideAccess: true,
    req: args.req,
    data: {
      doc: { relationTo: args.collection, value: args.id },
      from: args.from,
      to: args.to,
      event: args.event,
      by: args.req?.user?.id ?? null,
      comment: args.comment ?? null,
      acknowledge: args.acknowledge ?? null,
      revision: args.revision ?? null,
      at: new Date().toISOString(),
    },
  })
}
