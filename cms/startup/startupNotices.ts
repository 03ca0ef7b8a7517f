import type { Payload } from 'payload'
import { env } from '../../lib/env'
import { isPlatformId, platformProfile } from '../../lib/platforms'
import { publishersConfig } from '../delivery/publishingRuntime'
import { assistOfflineNotice, isLocalUrl, publicUrlWarning } from './noticeTexts'

/**
 * Accounts that post through a real platform's API: the platform has an API route, and its API base is
 * unset (the real host) or not on this machine. A hand-off account (小红书, 视频号) posts nothing itself:
 * its operator posts from the phone, so the address its posts would link back to does not apply.
 */
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
    if (!platformProfile(account.platform).publishers.some((route) => route.mode === 'api')) return false
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
