'use client'
import { useEffect, useState } from 'react'
import type { PlatformAccount } from '../../../payload-types'
import { adminFetch } from '../../adminApi'

export type MatrixAccountView = Pick<PlatformAccount, 'id' | 'name' | 'platform'>

/** Every platform account the user may read: the rows of the calendar by account. */
export function usePlatformAccounts(): { accounts: MatrixAccountView[]; loaded: boolean } {
  const [accounts, setAccounts] = useState<MatrixAccountView[]>([])
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    void adminFetch<{ docs: MatrixAccountView[] }>('/platform-accounts?limit=500&depth=0&sort=name', { signal: controller.signal }).then(
      (reply) => {
        if (controller.signal.aborted) return
        if (reply.ok) setAccounts(reply.data.docs)
        setLoaded(true)
      },
    )
    return () => controller.abort()
  }, [])
  return { accounts, loaded }
}
