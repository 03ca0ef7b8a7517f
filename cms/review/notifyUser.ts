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
