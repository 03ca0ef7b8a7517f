'use client'
import { useEffect, useState } from 'react'
import { z } from 'zod'
import { adminFetch } from '../../adminApi'

/** GET /api/planning/cadence: per account with a rhythm, each day's posts missing against it. */
const cadenceReply = z.object({
  accounts: z.array(
    z.object({
      id: z.union([z.string(), z.number()]),
      days: z.array(z.object({ day: z.string(), missing: z.number() })),
    }),
  ),
})

/** `accountId:day` → posts missing that day; an empty map while unread, or when the server has no answer. */
export type CadenceGapMap = ReadonlyMap<string, number>
export const cadenceGapKey = (accountId: string | number, day: string) => `${accountId}:${day}`

/** The rhythm's shortfall over the days shown, re-read whenever the slots shown change. */
export function useCadenceGaps(args: { from: string; to: string; version: unknown }): CadenceGapMap {
  const [gaps, setGaps] = useState<CadenceGapMap>(new Map())
  const { from, to, version } = args
  useEffect(() => {
    const controller = new AbortController()
    void adminFetch<unknown>(`/planning/cadence?from=${from}&to=${to}`, { signal: controller.signal }).then((reply) => {
      if (controller.signal.aborted) return
      const parsed = reply.ok ? cadenceReply.safeParse(reply.data) : null
      if (!parsed?.success) return setGaps(new Map())
      setGaps(
        new Map(
          parsed.data.accounts.flatMap((account) =>
            account.days.filter((d) => d.missing > 0).map((d) => [cadenceGapKey(account.id, d.day), d.missing] as const),
          ),
        ),
      )
    })
    return () => controller.abort()
  }, [from, to, version])
  return gaps
}
