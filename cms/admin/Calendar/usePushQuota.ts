'use client'
import { useCallback, useEffect, useState } from 'react'
import { adminFetch } from '../adminApi'
import { type AccountQuota, pushQuotaReply } from './pushQuota'

/** The 群发 quota of every account with push rules, for the days from..to (YYYY-MM-DD); re-read on `reload`. */
export function usePushQuota(args: { from: string | null; to: string | null; version?: number }) {
  const [quotas, setQuotas] = useState<AccountQuota[]>([])
  const { from, to } = args
  const read = useCallback(
    async (signal: AbortSignal) => {
      if (!from || !to) return setQuotas([])
      const reply = await adminFetch<unknown>(`/calendar-entries/push-quota?from=${from}&to=${to}`, { signal })
      const parsed = reply.ok ? pushQuotaReply.safeParse(reply.data) : null
      // An older server without the endpoint, or an answer of another shape: no notes rather than wrong ones.
      if (!signal.aborted) setQuotas(parsed?.success ? parsed.data.accounts : [])
    },
    [from, to],
  )
  useEffect(() => {
    const controller = new AbortController()
    void read(controller.signal)
    return () => controller.abort()
  }, [read, args.version])
  return quotas
}
