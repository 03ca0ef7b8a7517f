import { createHash } from 'node:crypto'
import { z } from 'zod'
import { beijingDay } from '../shared/clock'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import type { FaultInput } from '../shared/faults'
import { parseJsonBody } from '../shared/requestBody'
import { openReply } from './replies'
import type { ToutiaoFakeState } from './state'

export const TOUTIAO_VIDEO_DATA_PATH = '/toutiao/video/data/'
/** The real batch limit is UNCERTAIN (analytics.md §4.2); the fake holds callers to the 10 the collector uses. */
const ITEM_LIMIT = 10
const DAY_MS = 86_400_000

export type ToutiaoFakeVideoCounts = {
  item_id: string
  play_count: number
  digg_count: number
  comment_count: number
  share_count: number
  forward_count: number
}
/** What the fake reports right now (`GET /__stats`): tests assert stored == reported. */
export type ToutiaoFakeStats = { day: string; videos: ToutiaoFakeVideoCounts[] }

const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS)

/** Deterministic counters of a video: a base from the item_id's hash, growing each Beijing day since it was created. */
export function toutiaoFakeVideoCounts(args: { itemId: string; createdAt: number; now: number }): ToutiaoFakeVideoCounts {
  const digest = createHash('sha256').update(args.itemId).digest()
  const [a, b, c, d, e] = [0, 4, 8, 12, 16].map((offset) => digest.readUInt32BE(offset)) as [number, number, number, number, number]
  const days = Math.max(0, dayNumber(beijingDay(args.now)) - dayNumber(beijingDay(args.createdAt))) + 1
  return {
    item_id: args.itemId,
    play_count: (a % 500) + days * ((a % 200) + 50),
    digg_count: (b % 30) + days * ((b % 10) + 1),
    comment_count: (c % 5) + days * (c % 3),
    share_count: (d % 4) + days * (d % 2),
    forward_count: (e % 3) + days * (e % 2),
  }
}

/** Every video the fake published (video/create), from its ledger. */
function createdVideos(state: ToutiaoFakeState): Map<string, number> {
  const videos = new Map<string, number>()
  for (const entry of state.ledger.entries()) {
    if (entry.kind === 'video' && typeof entry.data.item_id === 'string') videos.set(entry.data.item_id, entry.at)
  }
  return videos
}

export function toutiaoFakeStats(state: ToutiaoFakeState): ToutiaoFakeStats {
  const now = state.clock.now()
  const videos = [...createdVideos(state)].map(([itemId, createdAt]) => toutiaoFakeVideoCounts({ itemId, createdAt, now }))
  return { day: beijingDay(now), videos }
}

/** Header `access-token` (or legacy query) and `open_id`; the data call needs the `toutiao.video.data` scope. */
function tokenProblem(state: ToutiaoFakeState, request: FakeRequest): FakeReply | undefined {
  const value = String(request.headers['access-token'] ?? request.query.get('access_token') ?? '')
  const grant = state.accessTokens.get(value)
  if (!value || !request.query.get('open_id')) return openReply(state, { code: 10005, description: '缺少参数' })
  if (grant === undefined || grant.openId !== request.query.get('open_id'))
    return openReply(state, { code: 2190002, description: 'access_token无效' })
  if (grant.expiresAt <= state.clock.now()) return openReply(state, { code: 2190008, description: 'access_token过期,请刷新或重新授权' })
  if (!grant.scope.split(',').includes('toutiao.video.data')) {
    return openReply(state, { code: 2190004, description: '应用未获得该能力, 请去https://open.douyin.com/申请' })
  }
  return undefined
}

const bodySchema = z.object({ item_ids: z.array(z.string().min(1)).min(1) })

/** Counters of the caller's videos; unknown item_ids are left out of `list`. */
function videoData(state: ToutiaoFakeState, request: FakeRequest): FakeReply {
  const denied = tokenProblem(state, request)
  if (denied) return denied
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? bodySchema.safeParse(parsed.value) : undefined
  if (!body?.success) return openReply(state, { code: 10005, description: '缺少参数' })
  if (body.data.item_ids.length > ITEM_LIMIT) return openReply(state, { code: 2100005, description: 'Parameter error' })
  const videos = createdVideos(state)
  const now = state.clock.now()
  const known = body.data.item_ids.filter((id) => videos.has(id))
  state.ledger.record({ kind: 'stats-video-data', data: { item_ids: body.data.item_ids, returned: known }, at: now })
  const list = known.map((itemId) => {
    const createdAt = videos.get(itemId) ?? now
    const { item_id, ...statistics } = toutiaoFakeVideoCounts({ itemId, createdAt, now })
    return { item_id, title: '演示视频', cover: 'https://p3.pstatp.com/fake', create_time: Math.floor(createdAt / 1000), statistics }
  })
  return openReply(state, { data: { list } })
}

export function toutiaoStatsRoutes(state: ToutiaoFakeState): FakeRoute[] {
  return [{ method: 'POST', path: TOUTIAO_VIDEO_DATA_PATH, handle: (request) => videoData(state, request) }]
}

/** `GET /__stats`: exactly what video/data answers now, for every video the fake published. */
export function toutiaoStatsControlRoutes(state: ToutiaoFakeState): FakeRoute[] {
  return [{ method: 'GET', path: '/__stats', handle: () => ({ json: toutiaoFakeStats(state) }) }]
}

const videoCountsSchema = z.object({
  item_id: z.string(),
  play_count: z.number(),
  digg_count: z.number(),
  comment_count: z.number(),
  share_count: z.number(),
  forward_count: z.number(),
})
const statsSchema = z.object({ day: z.string(), videos: z.array(videoCountsSchema) })

/** For tests: the numbers a running Toutiao fake reports now. */
export async function readToutiaoFakeStats(baseUrl: string): Promise<ToutiaoFakeStats> {
  const response = await fetch(`${baseUrl}/__stats`)
  if (!response.ok) throw new Error(`GET /__stats: HTTP ${response.status}`)
  return statsSchema.parse(await response.json())
}

const envelope = (code: number, description: string) => ({
  data: { error_code: code, description },
  extra: { error_code: code, description, sub_error_code: 0, sub_description: '' },
})

/**
 * Canned faults for the data call (add with FakeControl.addFaults). An expired token is the `expire-token` action
 * (the collector refreshes once); a fake started with
 * options { scope: 'toutiao.video.create' } answers 2190004 for real.
 */
export const toutiaoStatsFaults = {
  quotaUsedUp: (): FaultInput => ({ path: TOUTIAO_VIDEO_DATA_PATH, kind: 'reply', json: envelope(2190001, 'quota已用完') }),
  missingScope: (): FaultInput => ({
    path: TOUTIAO_VIDEO_DATA_PATH,
    kind: 'reply',
    json: envelope(2190004, '应用未获得该能力, 请去https://open.douyin.com/申请'),
  }),
  expiredToken: (): FaultInput => ({ path: TOUTIAO_VIDEO_DATA_PATH, kind: 'platform', action: 'expire-token' }),
}
