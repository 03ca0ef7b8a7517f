import type { Payload } from 'payload'
import { env } from '../../lib/env'
import { isPlatformId } from '../../lib/platforms'
import { publishersConfig } from '../delivery/publishingRuntime'
import { assistOfflineNotice, isLocalUrl, publicUrlWarning } from './noticeTexts'

/** Accounts whose platform publishes to a real host: its API base unset (the real one) or not on this machine. */
async function realAccountCount(payload: Payload): Promise<number> {
  const hosts: Record<string, { apiBase?: string } | undefined> = publishersConfig()
  const accounts = await payload.find({
    collection: 'platform-accounts',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { platform: true },
  })
  return accounts.docs.filter((account) => {
    if (!isPlatformId(account.platform)) return false
    const apiBase = hosts[account.platform]?.apiBase
    return apiBase === undefined || !isLocalUrl(apiBase)
  }).length
}

/** Logged once per start (by the start commands' database step), never per request. */
export async function logStartupNotices(payload: Payload): Promise<void> {
  const publicUrl = publicUrlWarning({
    publicUrl: env.PUBLIC_URL,
    isProduction: env.isProduction,
    realAccounts: await realAccountCount(payload),
  })
  if (publicUrl) payload.logger.warn(publicUrl)
  const assist = assistOfflineNotice({ apiKey: env.OPENAI_API_KEY })
  if (assist) payload.logger.info(assist)
}
