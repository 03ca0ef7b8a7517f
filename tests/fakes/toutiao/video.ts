import { z } from 'zod'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseFormBody, parseJsonBody } from '../shared/requestBody'
import { countCodePoints, sniffFormat } from '../shared/sniff'
import { openReply } from './replies'
import type { ToutiaoFakeState } from './state'

/** `access-token` header (newer docs) or `access_token` query (older SDKs), plus `open_id`; scope checked. */
function checkToken(state: ToutiaoFakeState, request: FakeRequest): FakeReply | undefined {
  const value = String(request.headers['access-token'] ?? request.query.get('access_token') ?? '')
  const grant = state.accessTokens.get(value)
  if (!value || !request.query.get('open_id')) return openReply(state, { code: 10005, description: '缺少参数' })
  if (grant === undefined || grant.openId !== request.query.get('open_id'))
    return openReply(state, { code: 2190002, description: 'access_token无效' })
  if (grant.expiresAt <= state.clock.now()) return openReply(state, { code: 2190008, description: 'access_token过期,请刷新或重新授权' })
  if (!grant.scope.split(',').includes('toutiao.video.create')) return openReply(state, { code: 16, description: '该应用无权限' })
  return undefined
}

async function upload(state: ToutiaoFakeState, request: FakeRequest): Promise<FakeReply> {
  const denied = checkToken(state, request)
  if (denied) return denied
  const file = (await parseFormBody(request)).files.get('video')
  if (file === undefined) return openReply(state, { code: 10005, description: '缺少参数' })
  if (sniffFormat(file.bytes) !== 'mp4' || file.bytes.length > state.config.maxVideoBytes) {
    return openReply(state, { code: 2100005, description: 'Parameter error' })
  }
  state.seq += 1
  const videoId = `v0200fFAKE${state.seq}`
  state.videos.set(videoId, { openId: state.config.openId, bytes: file.bytes.length })
  state.ledger.record({ kind: 'video-upload', data: { video_id: videoId, bytes: file.bytes.length }, at: state.clock.now() })
  return { committed: true, ...openReply(state, { data: { video: { video_id: videoId, width: 720, height: 1280 } } }) }
}

const createSchema = z.object({ video_id: z.string(), text: z.string() }).passthrough()

/** Same video_id again → the same item_id and no second video (toutiao.md §1.2). */
function create(state: ToutiaoFakeState, request: FakeRequest): FakeReply {
  const denied = checkToken(state, request)
  if (denied) return denied
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? createSchema.safeParse(parsed.value) : undefined
  if (!body?.success) return openReply(state, { code: 2100005, description: 'Parameter error' })
  const video = state.videos.get(body.data.video_id)
  const length = countCodePoints(body.data.text)
  if (video === undefined || length === 0 || length > 30) return openReply(state, { code: 2100005, description: 'Parameter error' })
  if (video.itemId !== undefined) {
    state.ledger.record({
      kind: 'video-create-repeat',
      data: { video_id: body.data.video_id, item_id: video.itemId },
      at: state.clock.now(),
    })
    return openReply(state, { data: { item_id: video.itemId } })
  }
  state.seq += 1
  video.itemId = `@FAKEITEM${state.seq}`
  state.ledger.record({
    kind: 'video',
    data: { video_id: body.data.video_id, item_id: video.itemId, text: body.data.text },
    at: state.clock.now(),
  })
  return { committed: true, ...openReply(state, { data: { item_id: video.itemId } }) }
}

export function toutiaoVideoRoutes(state: ToutiaoFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: '/toutiao/video/upload/', handle: (request) => upload(state, request) },
    { method: 'POST', path: '/toutiao/video/create/', handle: (request) => create(state, request) },
  ]
}
