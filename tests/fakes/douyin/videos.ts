import { createHash } from 'node:crypto'
import { z } from 'zod'
import { beijingDay } from '../shared/clock'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { callerOf } from './access'
import { DOUYIN_ERRORS, openReply } from './replies'
import { douyinShareUrl } from './state'
import type { DouyinFakeState, DouyinItem } from './state'
import { DOUYIN_PATHS } from './upload'

/** analytics.md §4.2: `video_status` 4 审核中, 5 公开, 7 私密. */
export const VIDEO_STATUS = { reviewing: 4, public: 5, private: 7 } as const
/** Batch limit "keep batches ≤ 10" (analytics.md §4.2). */
const ITEM_LIMIT = 10
const PAGE_LIMIT = 20
const DAY_MS = 86_400_000

export function itemStatus(state: DouyinFakeState, item: DouyinItem): number {
  if (item.polls < state.config.reviewPollsUntilPublished) return VIDEO_STATUS.reviewing
  return item.privateStatus === 1 ? VIDEO_STATUS.private : VIDEO_STATUS.public
}

const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS)

/** Deterministic counters: a base from the item_id's hash, growing each Beijing day; nothing while in review. */
export function douyinFakeStatistics(state: DouyinFakeState, item: DouyinItem) {
  const status = itemStatus(state, item)
  if (status === VIDEO_STATUS.reviewing) {
    return { comment_count: 0, digg_count: 0, download_count: 0, forward_count: 0, play_count: 0, share_count: 0 }
  }
  const digest = createHash('sha256').update(item.itemId).digest()
  const [a, b, c, d, e] = [0, 4, 8, 12, 16].map((offset) => digest.readUInt32BE(offset)) as [number, number, number, number, number]
  const days = Math.max(0, dayNumber(beijingDay(state.clock.now())) - dayNumber(beijingDay(item.createdAt))) + 1
  return {
    comment_count: (c % 5) + days * (c % 3),
    digg_count: (b % 30) + days * ((b % 10) + 1),
    download_count: 0,
    forward_count: (e % 3) + days * (e % 2),
    // Visible to the author only, and 0 once a video is private (analytics.md §4.2).
    play_count: status === VIDEO_STATUS.private ? 0 : (a % 500) + days * ((a % 200) + 50),
    share_count: (d % 4) + days * (d % 2),
  }
}

/** The `VIDEO` object of analytics.md §4.2. */
export function videoObject(state: DouyinFakeState, item: DouyinItem) {
  const status = itemStatus(state, item)
  return {
    item_id: item.itemId,
    title: item.text,
    cover: 'https://p3.douyinpic.com/fake.jpeg',
    create_time: Math.floor(item.createdAt / 1000),
    is_top: false,
    is_reviewed: status !== VIDEO_STATUS.reviewing,
    video_status: status,
    media_type: item.mediaType,
    share_url: douyinShareUrl(item.itemId),
    statistics: douyinFakeStatistics(state, item),
  }
}

const pageSchema = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  count: z.coerce.number().int().min(1).max(PAGE_LIMIT).default(10),
})

/** The caller's items, newest first; `cursor` is where the next page starts. */
function videoList(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const caller = callerOf(state, request, 'video.list.bind')
  if (caller.denied) return caller.denied
  const page = pageSchema.safeParse({
    cursor: request.query.get('cursor') ?? undefined,
    count: request.query.get('count') ?? undefined,
  })
  if (!page.success) return openReply(state, DOUYIN_ERRORS.parameter)
  const { cursor, count } = page.data
  const own = state.items.filter((item) => item.openId === caller.openId).reverse()
  const list = own.slice(cursor, cursor + count)
  state.ledger.record({
    kind: 'video_list',
    data: { cursor, count, returned: list.map((item) => item.itemId) },
    at: state.clock.now(),
  })
  return openReply(state, {
    data: { cursor: cursor + list.length, has_more: cursor + list.length < own.length, list: list.map((item) => videoObject(state, item)) },
  })
}

const dataSchema = z.object({ item_ids: z.array(z.string().min(1)).optional(), video_ids: z.array(z.string().min(1)).optional() })

/**
 * Counters and review state of the caller's items; unknown ids are left out. `video_ids` (the upload's
 * video_id here; the doc's "plain ids" are UNCERTAIN) win over `item_ids` when both are given.
 * Each answer counts as one review poll of the items in it (`reviewPollsUntilPublished`): the doc says
 * video_data returns public videos only, but the contract has the fake show 审核中 here so publishers can poll.
 */
function videoData(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const caller = callerOf(state, request, 'video.data.bind')
  if (caller.denied) return caller.denied
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? dataSchema.safeParse(parsed.value) : undefined
  if (!body?.success) return openReply(state, DOUYIN_ERRORS.parameter)
  const byVideo = body.data.video_ids !== undefined && body.data.video_ids.length > 0
  const ids = (byVideo ? body.data.video_ids : body.data.item_ids) ?? []
  if (ids.length === 0) return openReply(state, DOUYIN_ERRORS.missing)
  if (ids.length > ITEM_LIMIT) return openReply(state, DOUYIN_ERRORS.parameter)
  const own = state.items.filter((item) => item.openId === caller.openId)
  const found = ids.flatMap((id) => own.filter((item) => (byVideo ? item.videoId : item.itemId) === id).slice(0, 1))
  const list = found.map((item) => videoObject(state, item))
  for (const item of found) item.polls += 1
  state.ledger.record({
    kind: 'video_data',
    data: { ids, by: byVideo ? 'video_ids' : 'item_ids', returned: found.map((item) => item.itemId) },
    at: state.clock.now(),
  })
  return openReply(state, { data: { list } })
}

export function douyinVideoRoutes(state: DouyinFakeState): FakeRoute[] {
  return [
    { method: 'GET', path: DOUYIN_PATHS.videoList, handle: (request) => videoList(state, request) },
    { method: 'POST', path: DOUYIN_PATHS.videoData, handle: (request) => videoData(state, request) },
  ]
}
