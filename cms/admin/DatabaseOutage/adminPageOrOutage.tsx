import { cookies } from 'next/headers'
import type { ReactNode } from 'react'
import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { LANGUAGE_COOKIE } from '../../../lib/teamLanguage'
import { databaseAddressOf, isDatabaseUnreachable } from '../../database/unreachable'
import { DatabaseOutageView, type OutageLanguage } from './DatabaseOutageView'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * Payload's admin page, or, when the database cannot be reached, a page that says so. With the
 * database down Payload reads no user and sends every page to the login, whose own check for a first
 * user then fails: Next would show its English error screen, which reads like a crash and, after the
 * redirect, like a lost session. Any other error is Next's to show.
 */
export async function adminPageOrOutage(args: {
  page: () => Promise<ReactNode>
  params: Promise<{ segments?: string[] }>
  searchParams: Promise<SearchParams>
  language?: () => Promise<OutageLanguage>
}): Promise<ReactNode> {
  try {
    return await args.page()
  } catch (error) {
    if (!isDatabaseUnreachable(error, databaseAddressOf(env.databaseUrl))) throw error
    logger.warn({ err: error }, 'an admin page did not open: the database cannot be reached')
    const [{ segments = [] }, { redirect }] = await Promise.all([args.params, args.searchParams])
    const language = await (args.language ?? languageOfRequest)()
    return <DatabaseOutageView language={language} again={adminPath(redirect) ?? `/admin/${segments.join('/')}`} />
  }
}

/** The page the login was sent to open (Payload's `redirect`), if it is an admin page of this site. */
function adminPath(redirect: string | string[] | undefined): string | undefined {
  return typeof redirect === 'string' && /^\/admin(\/|$|\?)/.test(redirect) && !/[\\]/.test(redirect) ? redirect : undefined
}

/** The language the user chose in the admin (Payload's cookie); the team's Chinese otherwise. */
async function languageOfRequest(): Promise<OutageLanguage> {
  return (await cookies()).get(LANGUAGE_COOKIE)?.value === 'en' ? 'en' : 'zh'
}
