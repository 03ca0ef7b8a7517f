'use client'
import { useEffect, useState } from 'react'
import { PLATFORMS, type PlatformId } from '../../../lib/platforms'
import { adminFetch } from '../adminApi'
import { accountsPath, platformsOfAccounts, targetIds } from './targetPlatforms'

/** The platforms of the item's 发布账号 (every platform until it has some). */
export function useTargetPlatforms(targets: unknown): PlatformId[] {
  const key = targetIds(targets).join(',')
  const [platforms, setPlatforms] = useState<PlatformId[]>([...PLATFORMS])
  useEffect(() => {
    const ids = key ? key.split(',') : []
    if (ids.length === 0) return setPlatforms([...PLATFORMS])
    const controller = new AbortController()
    void adminFetch<unknown>(accountsPath(ids), { signal: controller.signal }).then((reply) => {
      if (!controller.signal.aborted) setPlatforms(platformsOfAccounts({ ids, reply: reply.ok ? reply.data : null }))
    })
    return () => controller.abort()
  }, [key])
  return platforms
}
