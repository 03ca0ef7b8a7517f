import { createHash } from 'node:crypto'
import { isPlatformId, platformProfile } from '../../lib/platforms'
import type { PushRequest, RemoteIds } from '../../publishers'
import { effectivePushMode } from '../calendar/pushPlan'
import type { Delivery } from '../payload-types'

/**
 * Where an operator's retry of a definite failure is counted (in the delivery's remote ids, ours,
 * never a publisher's): each such retry is a new send, so it gets a new dedupe key. Automatic retries
 * and the recovery after a crash keep the count, so the platform refuses their second send.
 */
export const PUSH_GENERATION_KEY = 'pushGeneration'

/** The generation recorded for a delivery (0 until an operator retries a failed push). */
export function pushGenerationOf(remoteIds: RemoteIds): number {
  const n = Number(remoteIds[PUSH_GENERATION_KEY] ?? 0)
  return Number.isInteger(n) && n >= 0 ? n : 0
}

/** `cms-d<id>-r<generation>`: at most 32 ASCII characters (WeChat's clientmsgid refuses longer), hashed when an id is long. */
export function dedupeKeyFor(args: { deliveryId: string | number; generation: number }): string {
  const plain = `cms-d${String(args.deliveryId)}-r${args.generation}`
  if (plain.length <= 32 && /^[\x21-\x7e]+$/.test(plain)) return plain
  return `cms-${createHash('sha256').update(plain).digest('hex').slice(0, 28)}`
}

/** How the delivery reaches the audience, for a platform with push modes (its profile's `push`); else undefined. */
export function pushRequestOf(args: {
  delivery: Pick<Delivery, 'id' | 'mode' | 'tagId'>
  platform: string
  settings: Record<string, unknown>
  remoteIds: RemoteIds
}): PushRequest | undefined {
  const push = isPlatformId(args.platform) ? platformProfile(args.platform).push : undefined
  const mode = effectivePushMode({ push, entryMode: args.delivery.mode, settings: args.settings })
  if (!mode) return undefined
  const tagId = mode === 'mass' && args.delivery.tagId ? args.delivery.tagId : undefined
  return {
    mode,
    ...(tagId ? { tagId } : {}),
    dedupeKey: dedupeKeyFor({ deliveryId: args.delivery.id, generation: pushGenerationOf(args.remoteIds) }),
  }
}
