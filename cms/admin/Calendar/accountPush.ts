import { isPlatformId, platformProfile, type PushMode, type PushProfile } from '../../../lib/platforms'
import { effectivePushMode } from '../../calendar/pushPlan'
import type { PlatformAccount } from '../../payload-types'

/** An account as the calendar's form reads it: editors see its settings (default push mode, account type). */
export type AccountOption = Pick<PlatformAccount, 'id' | 'name' | 'platform' | 'settings'>

/** The account's push rules from its platform's profile; undefined when its posts have no mode, tag or bundle. */
export function pushOf(account: Pick<AccountOption, 'platform'> | null | undefined): PushProfile | undefined {
  if (!account || !isPlatformId(account.platform)) return undefined
  return platformProfile(account.platform).push
}

const settingsOf = (account: AccountOption): Record<string, unknown> => {
  const { settings } = account
  return settings && typeof settings === 'object' && !Array.isArray(settings) ? { ...settings } : {}
}

/** The mode a new slot of this account starts with: the account's `defaultPushMode`, else the profile's first. */
export function defaultModeOf(account: AccountOption): PushMode | null {
  return effectivePushMode({ push: pushOf(account), entryMode: null, settings: settingsOf(account) })
}

/** The mode a slot goes out in: its own, else the account's default (the rule the server applies). */
export function modeOfEntry(args: { mode: string | null | undefined; account: AccountOption | null }): PushMode | null {
  if (!args.account) return null
  return effectivePushMode({ push: pushOf(args.account), entryMode: args.mode, settings: settingsOf(args.account) })
}
