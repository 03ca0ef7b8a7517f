import { APIError, type PayloadRequest } from 'payload'
import { resumeAfterPause } from './resumeAfterPause'

type Pause = { active?: boolean | null; reason?: string | null; by?: unknown; at?: string | null }

/**
 * Switching a pause on stamps who and when and needs a reason (the team reads it on the calendar and
 * the home page); switching it off clears the stamp. Returns the pause to store.
 */
export function stampPause(args: { next: Pause | undefined; previous: Pause | undefined; req: PayloadRequest }): Pause | undefined {
  const { next, previous, req } = args
  if (!next) return next
  if (next.active && !previous?.active) {
    if (!next.reason?.trim())
      throw new APIError('暂停发布时请写明原因（例如「舆情处理中，暂停所有推送」），团队会在日历和首页看到。', 400, null, true)
    return { ...next, reason: next.reason.trim(), by: req.user?.id ?? null, at: new Date().toISOString() }
  }
  if (!next.active && previous?.active) return { ...next, by: null, at: null }
  return { ...next, by: previous?.by ?? null, at: previous?.at ?? null }
}

/** After a pause is switched off: what it held back goes on, or waits for a decision when late. */
export async function releaseIfResumed(args: {
  next: Pause | undefined
  previous: Pause | undefined
  req: PayloadRequest
  accountId?: string | number
}): Promise<void> {
  if (args.next?.active || !args.previous?.active) return
  await resumeAfterPause({ payload: args.req.payload, req: args.req, accountId: args.accountId })
}
