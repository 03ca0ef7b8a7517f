'use client'
import { useCallback, useEffect, useState } from 'react'
import { z } from 'zod'
import { adminFetch } from '../../adminApi'

const id = z.union([z.string(), z.number()])
const account = z.object({ id, name: z.string(), platform: z.string() })
const trayTopic = z.object({
  id,
  title: z.string(),
  state: z.enum(['approved', 'in_production']),
  dueDate: z.string().nullish(),
  // A target account the reader may not see comes back as its id alone.
  accounts: z.array(z.union([account, id])).nullish(),
  content: z.unknown().nullish(),
})
export type TrayTopic = {
  id: string | number
  title: string
  dueDate: string | null
  accounts: z.infer<typeof account>[]
  targets: (string | number)[]
}

const QUERY = '/topics?where[state][in]=approved,in_production&depth=1&limit=200&sort=dueDate'

/**
 * 待排选题: approved 选题 not yet started, and those in production (their draft may still need more
 * slots), soonest due first. Re-read after each placement.
 */
export function useTrayTopics(args: { enabled: boolean }): { topics: TrayTopic[]; reload: () => Promise<void> } {
  const [topics, setTopics] = useState<TrayTopic[]>([])
  const reload = useCallback(async () => {
    if (!args.enabled) return
    const reply = await adminFetch<{ docs: unknown[] }>(QUERY)
    if (!reply.ok) return
    const docs = reply.data.docs.flatMap((doc) => {
      const parsed = trayTopic.safeParse(doc)
      return parsed.success ? [parsed.data] : []
    })
    setTopics(
      docs
        .filter((topic) => topic.state === 'in_production' || !topic.content)
        .map((topic) => {
          const targets = topic.accounts ?? []
          return {
            id: topic.id,
            title: topic.title,
            dueDate: topic.dueDate ?? null,
            accounts: targets.filter((a) => typeof a === 'object'),
            targets: targets.map((a) => (typeof a === 'object' ? a.id : a)),
          }
        }),
    )
  }, [args.enabled])
  useEffect(() => void reload(), [reload])
  return { topics, reload }
}
