import type { Payload, Where } from 'payload'
import { env } from '../../lib/env'
import { formatTeamTime } from '../../lib/formatTeamTime'
import { zonedToUtc } from '../../lib/zonedTime'
import { CONTENT_KIND, type ContentSlug, isContentSlug } from '../content'
import { publishingRuntime } from '../delivery/publishingRuntime'
import type { ReviewState } from '../workflow/reviewStates'
import type { CalendarCsvRow, CsvRowError } from './calendarCsv'
import { decideEntry } from './entryDecision'
import { titleVariantProblem } from '../delivery/titleVariantCheck'

/** Where a title is looked up, in this order. */
const SEARCH_ORDER: readonly ContentSlug[] = ['articles', 'posters', 'videos']
export type ResolvedRow = {
  line: number
  content: { relationTo: ContentSlug; value: string | number }
  account: string | number
  publishAt: string
  title: string
  titleVariant: number | null
}

/** Turns spreadsheet rows into entries, checking each the way the calendar would; problems by line. */
export async function resolveCalendarRows(args: {
  payload: Payload
  rows: CalendarCsvRow[]
}): Promise<{ resolved: ResolvedRow[]; errors: CsvRowError[] }> {
  const { payload } = args
  const accounts = (await payload.find({ collection: 'platform-accounts', overrideAccess: true, pagination: false, depth: 0 })).docs
  const resolved: ResolvedRow[] = []
  const errors: CsvRowError[] = []
  for (const row of args.rows) {
    const fail = (message: string) => errors.push({ line: row.line, message })
    const account = accounts.find((a) => a.name === row.account || String(a.id) === row.account)
    if (!account) {
      fail(`找不到账号「${row.account}」：请用「平台账号」里的名称`)
      continue
    }
    const content = await findContent({ payload, reference: row.content })
    if ('error' in content) {
      fail(content.error)
      continue
    }
    if (!publishingRuntime().registry.find({ platform: account.platform, contentKind: CONTENT_KIND[content.relationTo] })) {
      fail(`「${account.name}」不能发布这类内容`)
      continue
    }
    const publishAt = zonedToUtc({ date: row.date, time: row.time, timeZone: env.APP_TIMEZONE })
    const decision = decideEntry({ contentState: content.status, publishAt, now: new Date(), formatTime: formatTeamTime })
    if (decision.kind === 'refuse') {
      fail(decision.message)
      continue
    }
    const titleProblem = titleVariantProblem({ collection: content.relationTo, data: content.doc, variant: row.titleVariant })
    if (titleProblem) {
      fail(titleProblem)
      continue
    }
    resolved.push({
      line: row.line,
      content: { relationTo: content.relationTo, value: content.id },
      account: account.id,
      publishAt: publishAt.toISOString(),
      title: row.title,
      titleVariant: row.titleVariant,
    })
  }
  return { resolved, errors }
}

async function findContent(args: {
  payload: Payload
  reference: string
}): Promise<{ relationTo: ContentSlug; id: string | number; status: ReviewState; doc: object } | { error: string }> {
  const byId = /^(articles|posters|videos):(\S+)$/.exec(args.reference)
  const named = byId && isContentSlug(byId[1]) ? byId[1] : null
  for (const collection of named ? [named] : SEARCH_ORDER) {
    const where: Where = byId ? { id: { equals: byId[2] } } : { title: { equals: args.reference } }
    const { docs } = await args.payload.find({ collection, where, limit: 2, depth: 0, overrideAccess: true })
    if (docs.length > 1) return { error: `有多条内容都叫「${args.reference}」：请改用编号，例如 ${collection}:${docs[0].id}` }
    if (docs[0]) return { relationTo: collection, id: docs[0].id, status: docs[0].status, doc: docs[0] }
  }
  return { error: `找不到内容「${args.reference}」：请填写标题，或 articles:12 这样的编号` }
}
