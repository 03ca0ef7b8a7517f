import { DEMO_ACCOUNTS } from '../../../cms/seed/demoAccounts'
import type { PlatformId } from '../../../lib/platforms'

/** A platform account's data with the credentials the local fakes accept (the demo install's), under another name. */
export function fakeAccountData(platform: PlatformId, name: string): Record<string, unknown> {
  const demo = DEMO_ACCOUNTS.find((account) => account.platform === platform)
  if (!demo) throw new Error(`no demo account for ${platform}`)
  return { platform, name, settings: { ...demo.settings }, credentials: { ...demo.credentials } }
}
