import type { Payload, PayloadRequest } from 'payload'
import { isPlatformId, platformProfile, type PushProfile } from '../../lib/platforms'
import { readSettings } from '../delivery/deliveryJson'
import type { PlatformAccount } from '../payload-types'
import type { MassPush, MassQuotaRule } from './massQuota'
import { accountTypeOf, effectivePushMode } from './pushPlan'

/** An account whose platform has a mass-send quota, with its type's rule. */
export type QuotaAccount = {
  id: string | number
  name: string
  platform: string
  settings: Record<string, unknown>
  push: PushProfile
  accountType: string
  rule: MassQuotaRule
}

/** The account with its quota rule, or null when its platform has no mass-send quota. */
export function quotaAccountOf(account: Pick<PlatformAccount, 'id' | 'name' | 'platform' | 'settings'>): QuotaAccount | null {
  if (!isPlatformId(account.platform)) return null
  const push = platformProfile(account.platform).push
  if (!push) return null
  const settings = readSettings(account.settings)
  const accountType = accountTypeOf({ push, settings })
  const rule = accountType === null ? undefined : push.massQuota[accountType]
  if (!rule || accountType === null) return null
  return { id: account.id, name: account.name, platform: account.platform, settings, push, accountType, rule }
}

/** Slots that no longer go out do not use the quota. */
const SPENT_ENTRY_STATES = ['cancelled', 'failed', 'missed'] as const
const SPENT_DELIVERY_STATES = ['cancelled', 'failed'] as const

/**
 * The 群发 of one account between `from` and `to` (UTC bounds): calendar slots whose mode (or the
 * account's default) is `mass`, and deliveries in mode `mass` made without a slot (publish now).
 * `exceptEntry`: the slot being saved, which is not counted against itself.
 */
export async function massPushesOf(args: {
  payload: Payload
  req?: PayloadRequest
  account: QuotaAccount
  from: Date
  to: Date
  exceptEntry?: string | number
}): Promise<MassPush[]> {
  const { payload, req, account } = args
  const entries = await payload.find({
    collection: 'calendar-entries',
    overrideAccess: true,
    req,
    depth: 1,
    pagination: false,
    where: {
      and: [
        { account: { equals: account.id } },
        { publishAt: { greater_than_equal: args.from.toISOString() } },
        { publishAt: { less_than: args.to.toISOString() } },
        { state: { not_in: [...SPENT_ENTRY_STATES] } },
        ...(args.exceptEntry === undefined ? [] : [{ id: { not_equals: args.exceptEntry } }]),
      ],
    },
  })
  const pushes: MassPush[] = entries.docs
    .filter((entry) => effectivePushMode({ push: account.push, entryMode: entry.mode, settings: account.settings }) === 'mass')
    .map((entry) => ({
      at: new Date(entry.publishAt),
      title: (entry.content ? titleOf(entry.content.value) : null) ?? entry.title ?? '未命名',
    }))
  const deliveries = await payload.find({
    collection: 'deliveries',
    overrideAccess: true,
    req,
    depth: 1,
    pagination: false,
    where: {
      and: [
        { account: { equals: account.id } },
        { calendarEntry: { exists: false } },
        { mode: { equals: 'mass' } },
        { createdAt: { greater_than_equal: args.from.toISOString() } },
        { createdAt: { less_than: args.to.toISOString() } },
        { state: { not_in: [...SPENT_DELIVERY_STATES] } },
      ],
    },
  })
  for (const delivery of deliveries.docs) {
    pushes.push({
      at: new Date(delivery.sentAt ?? delivery.publishedAt ?? delivery.createdAt),
      title: titleOf(delivery.content.value) ?? '未命名',
    })
  }
  return pushes
}

function titleOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'title' in value && typeof value.title === 'string') return value.title
  return null
}
