import { z } from 'zod'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseFormBody } from '../shared/requestBody'
import { sniffFormat } from '../shared/sniff'
import { callerOf } from './access'
import { committedReply, DOUYIN_ERRORS, openReply } from './replies'
import { nextId } from './state'
import type { DouyinFakeState } from './state'

/** Uploads of douyin.md §3.1, §3.2 and §3.4 (`video.create.bind` is checked at create, where the doc puts it). */
export const DOUYIN_PATHS = {
  uploadVideo: '/api/douyin/v1/video/upload_video/',
  initPartUpload: '/api/douyin/v1/video/init_video_part_upload/',
  uploadPart: '/api/douyin/v1/video/upload_video_part/',
  completePartUpload: '/api/douyin/v1/video/complete_video_part_upload/',
  uploadImage: '/api/douyin/v1/video/upload_image/',
  createVideo: '/api/douyin/v1/video/create_video/',
  createImageText: '/api/douyin/v1/video/create_image_text/',
  videoList: '/api/douyin/v1/video/video_list/',
  videoData: '/api/douyin/v1/video/video_data/',
  getTicket: '/open/getticket/',
} as const

/** mp4 (an `ftyp` box) or webm (EBML header), the formats §3.1 names. */
function isVideo(bytes: Buffer): boolean {
  return sniffFormat(bytes) === 'mp4' || bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))
}

async function videoField(request: FakeRequest): Promise<Buffer | undefined> {
  return (await parseFormBody(request)).files.get('video')?.bytes
}

function newVideo(
  state: DouyinFakeState,
  args: { openId: string; bytes: number; width: number; height: number; kind: string; data?: Record<string, unknown> },
) {
  const videoId = nextId(state, 'v0200fFAKE')
  state.videos.set(videoId, { openId: args.openId, bytes: args.bytes, width: args.width, height: args.height })
  state.ledger.record({
    kind: args.kind,
    data: { ...args.data, video_id: videoId, bytes: args.bytes, open_id: args.openId },
    at: state.clock.now(),
  })
  return { video_id: videoId, width: args.width, height: args.height }
}

async function uploadVideo(state: DouyinFakeState, request: FakeRequest): Promise<FakeReply> {
  const caller = callerOf(state, request)
  if (caller.denied) return caller.denied
  const bytes = await videoField(request)
  if (bytes === undefined) return openReply(state, DOUYIN_ERRORS.missing)
  if (bytes.length > state.config.maxVideoBytes) return openReply(state, DOUYIN_ERRORS.videoTooLarge)
  if (!isVideo(bytes)) return openReply(state, DOUYIN_ERRORS.parameter)
  const video = newVideo(state, { openId: caller.openId, bytes: bytes.length, width: 720, height: 1280, kind: 'upload_video' })
  return committedReply(state, { video })
}

function initPartUpload(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const caller = callerOf(state, request)
  if (caller.denied) return caller.denied
  const uploadId = nextId(state, 'UPFAKE')
  const now = state.clock.now()
  state.partUploads.set(uploadId, { openId: caller.openId, createdAt: now, parts: new Map(), completed: false })
  state.ledger.record({ kind: 'init_video_part_upload', data: { upload_id: uploadId }, at: now })
  return committedReply(state, { upload_id: uploadId })
}

/** The caller's live (≤ 2 h old, not completed) chunked upload; an old one answers 2100005 (code UNCERTAIN, §10). */
function liveUpload(state: DouyinFakeState, request: FakeRequest, openId: string) {
  const uploadId = request.query.get('upload_id') ?? ''
  const upload = state.partUploads.get(uploadId)
  const expired = upload !== undefined && state.clock.now() - upload.createdAt > state.config.uploadIdTtlSeconds * 1000
  if (upload === undefined || upload.openId !== openId || upload.completed || expired) return { uploadId, upload: undefined }
  return { uploadId, upload }
}

const partNumberSchema = z.coerce.number().int().min(1).max(10_000)

async function uploadPart(state: DouyinFakeState, request: FakeRequest): Promise<FakeReply> {
  const caller = callerOf(state, request)
  if (caller.denied) return caller.denied
  const rawPart = request.query.get('part_number')
  if (!request.query.get('upload_id') || rawPart === null) return openReply(state, DOUYIN_ERRORS.missing)
  const partNumber = partNumberSchema.safeParse(rawPart)
  const { uploadId, upload } = liveUpload(state, request, caller.openId)
  if (!partNumber.success || upload === undefined) return openReply(state, DOUYIN_ERRORS.parameter)
  const bytes = await videoField(request)
  if (bytes === undefined || bytes.length === 0) return openReply(state, DOUYIN_ERRORS.missing)
  if (bytes.length > state.config.maxVideoBytes) return openReply(state, DOUYIN_ERRORS.videoTooLarge)
  if (partNumber.data === 1 && !isVideo(bytes)) return openReply(state, DOUYIN_ERRORS.parameter)
  upload.parts.set(partNumber.data, bytes.length)
  state.ledger.record({
    kind: 'upload_video_part',
    data: { upload_id: uploadId, part_number: partNumber.data, bytes: bytes.length },
    at: state.clock.now(),
  })
  return committedReply(state, {})
}

/** Parts 1..N without gaps, each but the last at least `minPartBytes`, at most 4 GB in all. */
function completePartUpload(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const caller = callerOf(state, request)
  if (caller.denied) return caller.denied
  if (!request.query.get('upload_id')) return openReply(state, DOUYIN_ERRORS.missing)
  const { uploadId, upload } = liveUpload(state, request, caller.openId)
  if (upload === undefined || upload.parts.size === 0) return openReply(state, DOUYIN_ERRORS.parameter)
  const numbers = [...upload.parts.keys()].sort((a, b) => a - b)
  const contiguous = numbers.every((number, index) => number === index + 1)
  const sizes = numbers.map((number) => upload.parts.get(number) ?? 0)
  const smallChunk = sizes.slice(0, -1).some((size) => size < state.config.minPartBytes)
  const total = sizes.reduce((sum, size) => sum + size, 0)
  if (!contiguous || smallChunk) return openReply(state, DOUYIN_ERRORS.parameter)
  if (total > state.config.maxTotalVideoBytes) return openReply(state, DOUYIN_ERRORS.videoTooLarge)
  upload.completed = true
  const kind = 'complete_video_part_upload'
  const video = newVideo(state, { openId: caller.openId, bytes: total, width: 1080, height: 1920, kind, data: { upload_id: uploadId } })
  return committedReply(state, { video })
}

async function uploadImage(state: DouyinFakeState, request: FakeRequest): Promise<FakeReply> {
  const caller = callerOf(state, request)
  if (caller.denied) return caller.denied
  const file = (await parseFormBody(request)).files.get('image')
  if (file === undefined) return openReply(state, DOUYIN_ERRORS.missing)
  const format = sniffFormat(file.bytes)
  if (file.bytes.length > state.config.maxImageBytes || (format !== 'jpeg' && format !== 'png')) {
    return openReply(state, DOUYIN_ERRORS.parameter)
  }
  const imageId = nextId(state, 'imgFAKE')
  state.images.set(imageId, { openId: caller.openId, bytes: file.bytes.length, width: 1080, height: 1440 })
  state.ledger.record({ kind: 'upload_image', data: { image_id: imageId, bytes: file.bytes.length }, at: state.clock.now() })
  return committedReply(state, { image: { image_id: imageId, width: 1080, height: 1440 } })
}

export function douyinUploadRoutes(state: DouyinFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: DOUYIN_PATHS.uploadVideo, handle: (request) => uploadVideo(state, request) },
    { method: 'POST', path: DOUYIN_PATHS.initPartUpload, handle: (request) => initPartUpload(state, request) },
    { method: 'POST', path: DOUYIN_PATHS.uploadPart, handle: (request) => uploadPart(state, request) },
    { method: 'POST', path: DOUYIN_PATHS.completePartUpload, handle: (request) => completePartUpload(state, request) },
    { method: 'POST', path: DOUYIN_PATHS.uploadImage, handle: (request) => uploadImage(state, request) },
  ]
}
