import { z } from 'zod'
import { beijingDay } from '../shared/clock'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { countCodePoints } from '../shared/sniff'
import { callerOf } from './access'
import { committedReply, DOUYIN_ERRORS, openReply } from './replies'
import { nextId } from './state'
import type { DouyinFakeState, DouyinItem } from './state'
import { DOUYIN_PATHS } from './upload'

/** Fields both creates share (§3.3, §3.4); the rest pass through unchecked. */
const anchors = {
  text: z.string().optional().default(''),
  at_users: z.array(z.string()).optional(),
  poi_id: z.string().optional(),
  poi_name: z.string().optional(),
  micro_app_id: z.string().optional(),
  micro_app_title: z.string().optional(),
  micro_app_url: z.string().optional(),
}
const createVideoSchema = z
  .object({
    ...anchors,
    video_id: z.string().min(1),
    cover_tsp: z.number().nonnegative().optional(),
    custom_cover_image_url: z.string().optional(),
    /** 0 public, 1 self only; other values UNCERTAIN → refused here. */
    private_status: z.union([z.literal(0), z.literal(1)]).optional(),
  })
  .passthrough()
const createImageTextSchema = z.object({ ...anchors, image_list: z.array(z.string().min(1)).min(1) }).passthrough()

function parseBody<T extends z.ZodTypeAny>(request: FakeRequest, schema: T): z.infer<T> | undefined {
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? schema.safeParse(parsed.value) : undefined
  return body?.success ? (body.data as z.infer<T>) : undefined
}

/** Creates of the user today (Beijing day), refused ones not counted. */
function createdToday(state: DouyinFakeState, openId: string): number {
  const today = beijingDay(state.clock.now())
  return state.items.filter((item) => item.openId === openId && beijingDay(item.createdAt) === today).length
}

/** A caption within the (UNCERTAIN) limit, and a mini-program **or** a POI, never both (§3.4). */
function captionProblem(state: DouyinFakeState, body: { text: string; poi_id?: string; micro_app_id?: string }): boolean {
  return countCodePoints(body.text) > state.config.maxTextChars || (body.poi_id !== undefined && body.micro_app_id !== undefined)
}

function newItem(state: DouyinFakeState, item: Omit<DouyinItem, 'itemId' | 'createdAt' | 'polls'>): DouyinItem {
  const created: DouyinItem = { ...item, itemId: `${nextId(state, '@9VwKFAKE')}==`, createdAt: state.clock.now(), polls: 0 }
  state.items.push(created)
  return created
}

/**
 * `video_id` is single-use (§3.1): a second create with it, or an id this user never uploaded, is 2190007.
 * Every create that passed the token and body checks is in the ledger (`error_code` 0 with the `item_id` when
 * it made an item), so a test can tell a replay that was refused from a second video.
 */
function createVideo(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const caller = callerOf(state, request, 'video.create.bind')
  if (caller.denied) return caller.denied
  const body = parseBody(request, createVideoSchema)
  if (body === undefined) return openReply(state, DOUYIN_ERRORS.parameter)
  const cover = body.custom_cover_image_url
  const coverProblem = cover !== undefined && state.images.get(cover)?.openId !== caller.openId
  if (captionProblem(state, body) || coverProblem) return openReply(state, DOUYIN_ERRORS.parameter)
  const refuse = (error: { code: number; description: string }) => {
    state.ledger.record({
      kind: 'create_video',
      data: { video_id: body.video_id, text: body.text, error_code: error.code },
      at: state.clock.now(),
    })
    return openReply(state, error)
  }
  const video = state.videos.get(body.video_id)
  if (video === undefined || video.openId !== caller.openId || video.usedBy !== undefined) return refuse(DOUYIN_ERRORS.videoIdInvalid)
  if (createdToday(state, caller.openId) >= state.config.dailyCreateCap) return refuse(DOUYIN_ERRORS.dailyCap)
  const item = newItem(state, {
    openId: caller.openId,
    mediaType: 4,
    text: body.text,
    privateStatus: body.private_status ?? 0,
    videoId: body.video_id,
  })
  video.usedBy = item.itemId
  state.ledger.record({
    kind: 'create_video',
    data: { video_id: body.video_id, item_id: item.itemId, text: body.text, private_status: item.privateStatus, error_code: 0 },
    at: item.createdAt,
  })
  return committedReply(state, { item_id: item.itemId, video_id: body.video_id })
}

/** 图集: 1..`maxImages` images this user uploaded (whether an image_id may be reused is UNCERTAIN: allowed here). */
function createImageText(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const caller = callerOf(state, request, 'video.create.bind')
  if (caller.denied) return caller.denied
  const body = parseBody(request, createImageTextSchema)
  if (body === undefined || captionProblem(state, body) || body.image_list.length > state.config.maxImages) {
    return openReply(state, DOUYIN_ERRORS.parameter)
  }
  if (body.image_list.some((id) => state.images.get(id)?.openId !== caller.openId)) return openReply(state, DOUYIN_ERRORS.parameter)
  if (createdToday(state, caller.openId) >= state.config.dailyCreateCap) {
    state.ledger.record({
      kind: 'create_image_text',
      data: { image_list: body.image_list, text: body.text, error_code: DOUYIN_ERRORS.dailyCap.code },
      at: state.clock.now(),
    })
    return openReply(state, DOUYIN_ERRORS.dailyCap)
  }
  const item = newItem(state, { openId: caller.openId, mediaType: 2, text: body.text, privateStatus: 0, imageIds: body.image_list })
  state.ledger.record({
    kind: 'create_image_text',
    data: { image_list: body.image_list, item_id: item.itemId, text: body.text, error_code: 0 },
    at: item.createdAt,
  })
  return committedReply(state, { item_id: item.itemId })
}

export function douyinCreateRoutes(state: DouyinFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: DOUYIN_PATHS.createVideo, handle: (request) => createVideo(state, request) },
    { method: 'POST', path: DOUYIN_PATHS.createImageText, handle: (request) => createImageText(state, request) },
  ]
}
