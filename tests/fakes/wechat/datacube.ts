import { z } from 'zod'
import { beijingDay } from '../shared/clock'
import type { FaultInput } from '../shared/faults'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { datacubeReport, spanDays } from './datacubeReports'
import { consumeQuota, wxError } from './replies'
import type { WechatFakeState } from './state'
import { checkAccessToken } from './tokens'

/*
 * The WeChat fake's statistics (analytics.md §2): deterministic numbers for every msg_data_id it issued (its 群发
 * and 发表), followers per day for its app. What tests use:
 * - the numbers it reports: `fakeArticleStats({ entries: (await control.ledger()).entries, msgid, date })` and
 *   `fakeFollowerDay({ appId, date })` in datacubeNumbers.ts (a day's own numbers and the totals since publication);
 * - late days: `control.configure({ datacube: { delayedDates: [day] } })` (is_delay, half numbers; `[]` clears),
 *   `missingDates` (left out of every list), `readyHour: 8` (yesterday missing before 08:00 Beijing on the fake clock);
 * - errors: `control.addFaults(datacubeFault({ name: 'getbizsummary', errcode: 45009 }))`, `configure({ verified: false })`
 *   (48001 everywhere), or `dailyQuotas` naming a `/datacube/<name>` path (a counted 45009);
 * - the ledger: one `datacube` entry per call with its dates and rows, or its errcode.
 */

/** Longest span per call (analytics.md §2.2, §2.4); the fake takes the shortest reading where it is UNCERTAIN. */
export const DATACUBE_MAX_DAYS: Readonly<Record<string, number>> = {
  getarticletotaldetail: 1,
  getarticleread: 1,
  getarticleshare: 1,
  getbizsummary: 30,
  getusersummary: 7,
  getusercumulate: 7,
}

const bodySchema = z.object({ begin_date: z.string(), end_date: z.string() })
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Maintenance stopped: 47009 "this api is offline" (analytics.md §2.3). */
const LEGACY = ['getarticlesummary', 'getarticletotal', 'getuserread', 'getuserreadhour', 'getusershare', 'getusersharehour']

/**
 * POST /datacube/<name>: token, 47009 for the legacy reports, 48001 for unverified accounts, the daily quota (`dailyQuotas` may name
 * /datacube/... paths), then the dates: malformed, begin after end, or end_date ≥ today (the fake's clock,
 * Beijing) → 61500; longer than the endpoint's span → 61501 (UNCERTAIN code, analytics.md §2.1).
 */
function answer(state: WechatFakeState, request: FakeRequest, name: string): FakeReply & { rows?: number; delay?: boolean } {
  const denied = checkAccessToken(state, request)
  if (denied) return denied
  if (LEGACY.includes(name)) return wxError(47009, 'this api is offline, please use the new api')
  if (!state.config.verified) return wxError(48001, 'api unauthorized')
  const quota = consumeQuota(state, request)
  if (quota) return quota
  const parsed = parseJsonBody(request.body)
  if (!parsed.ok) return wxError(47001, 'data format error')
  const body = bodySchema.safeParse(parsed.value)
  if (!body.success) return wxError(40002, 'invalid argument')
  const { begin_date: begin, end_date: end } = body.data
  const today = beijingDay(state.clock.now())
  if (!DAY.test(begin) || !DAY.test(end) || begin > end || end >= today) return wxError(61500, 'date format error')
  if (spanDays(begin, end).length > (DATACUBE_MAX_DAYS[name] ?? 1)) return wxError(61501, 'date range error')
  const { list, delay } = datacubeReport(state, name, begin, end)
  return { json: delay === undefined ? { list } : { list, is_delay: delay }, rows: list.length, delay }
}

/** Every call goes to the ledger as `datacube`: the report, the dates asked, and the rows or the errcode answered. */
function datacube(state: WechatFakeState, request: FakeRequest, name: string): FakeReply {
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? bodySchema.partial().safeParse(parsed.value) : undefined
  const { rows, delay, ...reply } = answer(state, request, name)
  const errcode = z.object({ errcode: z.number() }).safeParse(reply.json)
  state.ledger.record({
    kind: 'datacube',
    data: {
      name,
      begin_date: body?.success ? body.data.begin_date : undefined,
      end_date: body?.success ? body.data.end_date : undefined,
      ...(errcode.success ? { errcode: errcode.data.errcode } : { rows, is_delay: delay ?? false }),
    },
    at: state.clock.now(),
  })
  return reply
}

/** A canned WeChat error (45009, 48001, ...) on the next `times` calls of one datacube report, through the fault rules. */
export function datacubeFault(args: { name: string; errcode: number; errmsg?: string; times?: number }): FaultInput {
  return {
    path: `/datacube/${args.name}`,
    times: args.times ?? 1,
    kind: 'reply',
    json: { errcode: args.errcode, errmsg: `${args.errmsg ?? 'fake datacube error'} rid: fake-datacube` },
  }
}

export function wechatDatacubeRoutes(state: WechatFakeState): FakeRoute[] {
  return [...Object.keys(DATACUBE_MAX_DAYS), ...LEGACY].map((name): FakeRoute => ({
    method: 'POST',
    path: `/datacube/${name}`,
    handle: (request) => datacube(state, request, name),
  }))
}
