import { isPlatformId, platformProfile, type PushMode, type PushProfile } from '../../../lib/platforms'
import type { PlatformAccount } from '../../payload-types'

/** An account as the calendar's form reads it: editors see its settings (default push mode, account type). */
export type AccountOption = Pick<PlatformAccount, 'id' | 'name' | 'platform' | 'settings'>

/** The account's push rules from its platform's profile; undefined when its posts have no mode, tag or bundle. */
export function pushOf(account: Pick<AccountOption, 'platform'> | null | undefined): PushProfile | undefined {
  if (!account || !isPlatformId(account.platform)) return undefined
  return platformProfile(account.platform).push
}

const settingOf = (account: AccountOption, key: string): unknown => {
  const { settings } = account
  return settings && typeof settings === 'object' && !Array.isArray(settings) ? new Map(Object.entries(settings)).get(key) : undefined
}

/** The mode a new slot of this account starts with: the account's `defaultPushMode`, else the profile's first. */
export function defaultModeOf(account: AccountOption): PushMode | null {
  const push = pushOf(account)
  if (!push) return null
  const named = settingOf(account, 'defaultPushMode')
  return push.modes.find((mode) => mode === named) ?? push.modes[0] ?? null
}

/** The mode a slot goes out in: its own, else the account's default. */
export function modeOfEntry(args: { mode: string | null | undefined; account: AccountOption | null }): PushMode | null {
  const push = pushOf(args.account)
  if (!push || !args.account) return null
  return push.modes.find((mode) => mode === args.mode) ?? defaultModeOf(args.account)
}
