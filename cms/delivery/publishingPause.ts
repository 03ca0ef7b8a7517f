import type { Payload, PayloadRequest } from 'payload'

export type PauseInForce = { scope: 'all' | 'account'; reason: string; since: string | null }

/**
 * The pause in force for one account, if any: all publishing (the global switch) first, then the
 * account's own. Read fresh at every check: an admin who presses pause in a crisis means now.
 */
export async function pauseInForce(args: {
  payload: Payload
  req?: PayloadRequest
  accountId: string | number
}): Promise<PauseInForce | null> {
  const { payload, req } = args
  const all = await payload.findGlobal({ slug: 'publishing-pause', depth: 0, overrideAccess: true, req })
  if (all.active) return { scope: 'all', reason: all.reason ?? '', since: all.at ?? null }
  const account = await payload.findByID({
    collection: 'platform-accounts',
    id: args.accountId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { pause: true },
  })
  const own = account?.pause ?? {}
  if (own.active) return { scope: 'account', reason: own.reason ?? '', since: own.at ?? null }
  return null
}

/** How long a delivery may wait out a pause and still go by itself when publishing resumes. */
export const LATE_AFTER_PAUSE_MS = 30 * 60_000

export function pauseMessage(pause: PauseInForce): string {
  const scope = pause.scope === 'all' ? '全部发布已暂停' : '这个账号的发布已暂停'
  return pause.reason ? `${scope}：${pause.reason}` : `${scope}。`
}
