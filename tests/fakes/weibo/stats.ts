import { createHash } from 'node:crypto'
import { z } from 'zod'
import { beijingDay } from '../shared/clock'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import type { FaultInput } from '../shared/faults'
import { weiboError } from './replies'
import type { WeiboFakeState } from './state'

export const WEIBO_STATS_PATHS = { count: '/2/statuses/count.json', user: '/2/users/show.json' } as const
const COUNT_LIMIT = 100
const DAY_MS = 86_400_000

export type WeiboFakePostCounts = { idstr: string; comments: number; reposts: number; attitudes: number }
/** What the fake reports right now (`GET /__stats`): tests assert stored == reported. */
export type WeiboFakeStats = { day: string; uid: string; followers: number; posts: WeiboFakePostCounts[] }

function hashWords(seed: string): number[] {
  const digest = createHash('sha256').update(seed).digest()
  return [0, 4, 8, 12].map((offset) => digest.readUInt32BE(offset))
}

const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS)

/** Deterministic counters of a post: a base from the id's hash, growing each Beijing day since it was posted. */
export function weiboFakePostCounts(args: { idstr: string; postedAt: number; now: number }): WeiboFakePostCounts {
  const [a = 0, b = 0, c = 0] = hashWords(args.idstr)
  const days = Math.max(0, dayNumber(beijingDay(args.now)) - dayNumber(beijingDay(args.postedAt))) + 1
  return {
    idstr: args.idstr,
    comments: (a % 7) + days * ((a % 3) + 1),
    reposts: (b % 5) + days * (b % 2),
    attitudes: (c % 40) + days * ((c % 9) + 2),
  }
}

/** The fake user's followers: a base from the uid's hash, a few more every Beijing day. */
export function weiboFakeFollowers(args: { uid: string; now: number }): number {
  const [a = 0, b = 0] = hashWords(`followers:${args.uid}`)
  return 1_000 + (a % 4_000) + ((b % 5) + 3) * (dayNumber(beijingDay(args.now)) - dayNumber('2025-01-01'))
}

/** Every post the fake accepted (statuses/share), from its ledger. */
function acceptedPosts(state: WeiboFakeState): Map<string, number> {
  const posts = new Map<string, number>()
  for (const entry of state.ledger.entries()) {
    if (entry.kind === 'post' && typeof entry.data.idstr === 'string') posts.set(entry.data.idstr, entry.at)
  }
  return posts
}

export function weiboFakeStats(state: WeiboFakeState): WeiboFakeStats {
  const now = state.clock.now()
  const posts = [...acceptedPosts(state)].map(([idstr, postedAt]) => weiboFakePostCounts({ idstr, postedAt, now }))
  return { day: beijingDay(now), uid: state.config.uid, followers: weiboFakeFollowers({ uid: state.config.uid, now }), posts }
}

function tokenProblem(state: WeiboFakeState, request: FakeRequest): FakeReply | undefined {
  const token = state.tokens.get(request.query.get('access_token') ?? '')
  if (token === undefined) return weiboError({ path: request.path, code: 21332, error: 'invalid_access_token' })
  if (token.expiresAt <= state.clock.now()) return weiboError({ path: request.path, code: 21327, error: 'expired_token' })
  return undefined
}

/** statuses/count.json: bare int64 ids as the real service writes them; unknown or deleted ids are left out. */
function count(state: WeiboFakeState, request: FakeRequest): FakeReply {
  const denied = tokenProblem(state, request)
  if (denied) return denied
  const raw = request.query.get('ids')
  if (!raw) return weiboError({ path: request.path, code: 10016, error: 'Miss required parameter (ids) , see doc for more info.' })
  const ids = raw.split(',')
  if (ids.length > COUNT_LIMIT || ids.some((id) => !/^\d+$/.test(id))) {
    return weiboError({ path: request.path, code: 10017, error: "Parameter (ids)'s value invalid, expect (ids <= 100 numbers)" })
  }
  const posts = acceptedPosts(state)
  const now = state.clock.now()
  const known = ids.filter((id) => posts.has(id))
  const counts = known.map((idstr) => weiboFakePostCounts({ idstr, postedAt: posts.get(idstr) ?? now, now }))
  state.ledger.record({ kind: 'stats-count', data: { ids, returned: known }, at: now })
  const items = counts.map((c) => `{"id":${c.idstr},"comments":${c.comments},"reposts":${c.reposts},"attitudes":${c.attitudes}}`)
  return { rawJson: `[${items.join(',')}]` }
}

function showUser(state: WeiboFakeState, request: FakeRequest): FakeReply {
  const denied = tokenProblem(state, request)
  if (denied) return denied
  const uid = request.query.get('uid')
  const screenName = request.query.get('screen_name')
  if (!uid && !screenName)
    return weiboError({ path: request.path, code: 10016, error: 'Miss required parameter (uid) , see doc for more info.' })
  if ((uid && uid !== state.config.uid) || (screenName && screenName !== state.config.screenName)) {
    return weiboError({ path: request.path, code: 20003, error: 'User does not exists!' })
  }
  const now = state.clock.now()
  const followers = weiboFakeFollowers({ uid: state.config.uid, now })
  state.ledger.record({ kind: 'stats-user', data: { uid: state.config.uid, followers }, at: now })
  return {
    json: {
      id: Number(state.config.uid),
      idstr: state.config.uid,
      screen_name: state.config.screenName,
      followers_count: followers,
      friends_count: 447,
      statuses_count: acceptedPosts(state).size,
      favourites_count: 0,
      bi_followers_count: 215,
      verified: false,
    },
  }
}

export function weiboStatsRoutes(state: WeiboFakeState): FakeRoute[] {
  return [
    { method: 'GET', path: WEIBO_STATS_PATHS.count, handle: (request) => count(state, request) },
    { method: 'GET', path: WEIBO_STATS_PATHS.user, handle: (request) => showUser(state, request) },
  ]
}

/** `GET /__stats`: exactly what statuses/count and users/show answer now, for every post the fake accepted. */
export function weiboStatsControlRoutes(state: WeiboFakeState): FakeRoute[] {
  return [{ method: 'GET', path: '/__stats', handle: () => ({ json: weiboFakeStats(state) }) }]
}

const postCountsSchema = z.object({ idstr: z.string(), comments: z.number(), reposts: z.number(), attitudes: z.number() })
const statsSchema = z.object({ day: z.string(), uid: z.string(), followers: z.number(), posts: z.array(postCountsSchema) })

/** For tests: the numbers a running Weibo fake reports now. */
export async function readWeiboFakeStats(baseUrl: string): Promise<WeiboFakeStats> {
  const response = await fetch(`${baseUrl}/__stats`)
  if (!response.ok) throw new Error(`GET /__stats: HTTP ${response.status}`)
  return statsSchema.parse(await response.json())
}

/** Canned faults for the statistics calls (add with FakeControl.addFaults); an expired token is the `expire-token` action. */
export const weiboStatsFaults = {
  /** 10023: the user's hourly budget; 10022: the server IP's. */
  rateLimited: ({ path = WEIBO_STATS_PATHS.count, code = 10023 }: { path?: string; code?: 10022 | 10023 } = {}): FaultInput => ({
    path,
    kind: 'reply',
    status: 403,
    json: { request: path, error_code: code, error: `${code === 10022 ? 'IP' : 'User'} requests out of rate limit!` },
  }),
  noPermission: ({ path = WEIBO_STATS_PATHS.count }: { path?: string } = {}): FaultInput => ({
    path,
    kind: 'reply',
    status: 403,
    json: { request: path, error_code: 10014, error: 'Insufficient app permissions!' },
  }),
  expiredToken: ({ path = WEIBO_STATS_PATHS.count }: { path?: string } = {}): FaultInput => ({
    path,
    kind: 'platform',
    action: 'expire-token',
  }),
}
