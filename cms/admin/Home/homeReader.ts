import type { Payload, PayloadRequest } from 'payload'

/** The signed-in person's request: every home read goes through it with their access. */
export type HomeReader = { payload: Payload; req: PayloadRequest; userId: string | number }

export const asReader = (reader: HomeReader) => ({ req: reader.req, user: reader.req.user, overrideAccess: false }) as const
