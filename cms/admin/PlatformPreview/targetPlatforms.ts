import { z } from 'zod'
import { isPlatformId, PLATFORMS, type PlatformId } from '../../../lib/platforms'

/** The ids of the item's 发布账号 as the form holds them (ids, or populated accounts). */
export function targetIds(targets: unknown): string[] {
  if (!Array.isArray(targets)) return []
  return targets.flatMap((t): string[] => {
    if (typeof t === 'string' || typeof t === 'number') return [String(t)]
    if (t && typeof t === 'object' && 'id' in t && (typeof t.id === 'string' || typeof t.id === 'number')) return [String(t.id)]
    return []
  })
}

export function accountsPath(ids: string[]): string {
  const params = new URLSearchParams({ 'where[id][in]': ids.join(','), depth: '0', limit: String(Math.max(1, ids.length)) })
  return `/platform-accounts?${params.toString()}`
}

const accountsReply = z.object({ docs: z.array(z.object({ id: z.union([z.string(), z.number()]), platform: z.string() })) })

/**
 * The platforms to preview: those of the item's accounts, in the accounts' order; every platform
 * when the item has no accounts yet (or they cannot be read).
 */
export function platformsOfAccounts(args: { ids: string[]; reply: unknown }): PlatformId[] {
  const parsed = accountsReply.safeParse(args.reply)
  if (!parsed.success) return [...PLATFORMS]
  const byId = new Map(parsed.data.docs.map((doc) => [String(doc.id), doc.platform]))
  const platforms: PlatformId[] = []
  for (const id of args.ids) {
    const platform = byId.get(id)
    if (platform && isPlatformId(platform) && !platforms.includes(platform)) platforms.push(platform)
  }
  return platforms.length > 0 ? platforms : [...PLATFORMS]
}
