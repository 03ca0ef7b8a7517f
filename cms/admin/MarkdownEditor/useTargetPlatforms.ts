'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { z } from 'zod'
import { isPlatformId, type PlatformId } from '../../../lib/platforms'
import { adminFetch } from '../adminApi'

const accountsReply = z.object({ docs: z.array(z.object({ id: z.union([z.number(), z.string()]), platform: z.string() })) })

/** The account ids in a relationship's form value (ids, or populated documents). Pure. */
export function accountIds(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map((entry: unknown) => (entry !== null && typeof entry === 'object' && 'id' in entry ? entry.id : entry))
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
    .map(String)
}

/** The platforms of the item's 发布账号, as the form holds them now (read once per change of accounts). */
export function useTargetPlatforms(): PlatformId[] {
  const key = useFormFields(([fields]) => accountIds(fields.targets?.value).join(','))
  const [platforms, setPlatforms] = useState<PlatformId[]>([])
  useEffect(() => {
    if (key === '') return setPlatforms([])
    const controller = new AbortController()
    const query = new URLSearchParams({ 'where[id][in]': key, depth: '0', limit: '50', 'select[platform]': 'true' })
    void adminFetch<unknown>(`/platform-accounts?${query}`, { signal: controller.signal }).then((reply) => {
      if (!reply.ok) return
      const parsed = accountsReply.safeParse(reply.data)
      if (parsed.success) setPlatforms([...new Set(parsed.data.docs.map((doc) => doc.platform).filter(isPlatformId))])
    })
    return () => controller.abort()
  }, [key])
  return platforms
}
