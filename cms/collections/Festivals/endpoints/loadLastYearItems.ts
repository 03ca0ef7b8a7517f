import type { PayloadRequest } from 'payload'
import { env } from '../../../../lib/env'
import { zonedToUtc, addDays } from '../../../../lib/zonedTime'
import { contentRefOf, relationId } from '../../../content'
import type { LastYearReply } from './lastYearReply'

type Window = { from: string; to: string }
type Populated = { title?: string | null } | string | number
type AccountValue = { id: string | number; name?: string | null; platform?: string | null } | string | number | null | undefined

const POPULATE = {
  articles: { title: true },
  videos: { title: true },
  posters: { title: true },
  notes: { title: true },
  'platform-accounts': { name: true, platform: true },
} as const

function itemOf(content: unknown): LastYearReply['published'][number]['item'] {
  const ref = contentRefOf(content)
  if (!ref) return null
  const value = (content as { value: Populated }).value
  const title = typeof value === 'object' ? (value.title ?? '') : ''
  return { collection: ref.relationTo, id: ref.value, title, adminUrl: `/admin/collections/${ref.relationTo}/${ref.value}` }
}

function accountOf(account: AccountValue): LastYearReply['published'][number]['account'] {
  if (typeof account !== 'object' || account === null) return null
  return { id: account.id, name: account.name ?? '', platform: account.platform ?? '' }
}

/** The window's instants: from the first day's 00:00 to the day after the last, in the team's zone. */
function instants(window: Window): { start: string; end: string } {
  return {
    start: zonedToUtc({ date: window.from, time: '00:00', timeZone: env.APP_TIMEZONE }).toISOString(),
    end: zonedToUtc({ date: addDays(window.to, 1), time: '00:00', timeZone: env.APP_TIMEZONE }).toISOString(),
  }
}

/**
 * What went out and what was slotted in the window, read with the caller's access (an operator sees
 * the accounts assigned to them): deliveries published then, with their post link and account, and
 * calendar slots then that no published delivery already stands for.
 */
export async function loadLastYearItems(args: {
  req: PayloadRequest
  window: Window
}): Promise<Pick<LastYearReply, 'published' | 'slotted'>> {
  const { req } = args
  const { start, end } = instants(args.window)
  const asCaller = { req, user: req.user, overrideAccess: false, depth: 1, populate: POPULATE, pagination: false } as const
  const deliveries = await req.payload.find({
    ...asCaller,
    collection: 'deliveries',
    where: {
      and: [{ state: { equals: 'published' } }, { publishedAt: { greater_than_equal: start } }, { publishedAt: { less_than: end } }],
    },
    sort: 'publishedAt',
    select: { content: true, account: true, url: true, publishedAt: true, calendarEntry: true },
  })
  const entries = await req.payload.find({
    ...asCaller,
    collection: 'calendar-entries',
    where: {
      and: [{ publishAt: { greater_than_equal: start } }, { publishAt: { less_than: end } }, { state: { not_equals: 'cancelled' } }],
    },
    sort: 'publishAt',
    select: { title: true, content: true, account: true, publishAt: true, state: true },
  })
  const shown = new Set(deliveries.docs.map((delivery) => String(relationId(delivery.calendarEntry))))
  return {
    published: deliveries.docs.map((delivery) => ({
      delivery: delivery.id,
      item: itemOf(delivery.content),
      url: delivery.url ?? null,
      account: accountOf(delivery.account),
      publishedAt: delivery.publishedAt ?? '',
    })),
    slotted: entries.docs
      .filter((entry) => !shown.has(String(entry.id)))
      .map((entry) => {
        const item = itemOf(entry.content)
        return {
          entry: entry.id,
          label: entry.title ?? null,
          item,
          state: entry.state,
          account: accountOf(entry.account),
          publishAt: entry.publishAt,
          adminUrl: item?.adminUrl ?? `/admin/collections/calendar-entries/${entry.id}`,
        }
      }),
  }
}
