import { DOUYIN_MEDIA } from '../../lib/platforms'
import { parseCredentials } from '../core/credentials'
import { OutcomeUnknownError, PublishError } from '../core/errors'
import { assertNoBlockingIssues } from '../core/issues'
import { createRemoteIdTracker, runStepOnce } from '../core/remoteIds'
import type { RemoteIdTracker } from '../core/remoteIds'
import type { AssetBytes, PublishContext, PublishOutcome, PublishRequest } from '../core/types'
import { douyinCredentialsSchema } from './accountSchemas'
import type { DouyinCredentials, DouyinSettings } from './accountSchemas'
import { douyinCaption } from './caption'
import type { DouyinUserClient } from './client'
import { DOUYIN_VIDEO_ID_USED } from './errorTable'
import { douyinPollAfterMs, findCreatedItem } from './status'
import { validateDouyinVideo } from './validate'

/** Sizes of the upload (douyin.md §3.1–3.2): one request up to 50MB, above that parts of 20MB. */
export type DouyinUploadSizes = { chunkAboveBytes: number; chunkBytes: number }
export const DOUYIN_UPLOAD_SIZES: DouyinUploadSizes = { chunkAboveBytes: DOUYIN_MEDIA.chunkAboveBytes, chunkBytes: DOUYIN_MEDIA.chunkBytes }

/** One request, or init → parts numbered from 1 → complete (the upload_id lives 2 hours: one run uses it). */
export async function uploadDouyinVideo(args: { client: DouyinUserClient; file: AssetBytes; sizes: DouyinUploadSizes }): Promise<string> {
  const { client, file, sizes } = args
  if (file.bytes.length <= sizes.chunkAboveBytes) return client.uploadVideo(file)
  const uploadId = await client.initPartUpload()
  for (let offset = 0, partNumber = 1; offset < file.bytes.length; offset += sizes.chunkBytes, partNumber++) {
    const bytes = file.bytes.subarray(offset, offset + sizes.chunkBytes)
    await client.uploadVideoPart({ uploadId, partNumber, part: { ...file, bytes } })
  }
  return client.completePartUpload({ uploadId })
}

/**
 * create_video with a video_id recorded by an earlier run. The id is single-use, so a second upload is
 * never made for it: if the earlier call went through, Douyin answers 2190007 and the item it made is
 * found in the account's list and adopted. Not found: the outcome is unknown, and `video` is withdrawn
 * (recorded empty) so recovery hands the delivery to a person instead of replaying again; a person's
 * retry then uploads anew.
 */
async function replayCreate(args: { ids: RemoteIdTracker; client: DouyinUserClient; text: string; create: () => Promise<string> }) {
  try {
    return await args.create()
  } catch (error) {
    if (!(error instanceof PublishError) || error.code !== DOUYIN_VIDEO_ID_USED) throw error
    const sentAt = Date.parse(args.ids.get('createSentAt') ?? '')
    const adopted = Number.isFinite(sentAt) ? await findCreatedItem({ client: args.client, text: args.text, sentAt }) : undefined
    if (adopted !== undefined) return adopted
    await args.ids.record({ key: 'video', value: '' })
    throw new OutcomeUnknownError({
      message: '抖音：该视频已提交过发布（video_id 已被使用），但在账号的作品列表里没有找到对应作品；请在抖音里核对是否已发布',
      platform: 'douyin',
      code: DOUYIN_VIDEO_ID_USED,
      step: 'douyin video/create_video',
      remoteIds: args.ids.snapshot(),
    })
  }
}

/**
 * upload (single or chunked) → custom cover via upload_image → create_video; `video`, `cover` and `item`
 * recorded at once. Returns `processing`: the item is in review (only the author sees it) until checkStatus
 * finds it published.
 */
export async function publishDouyinVideo(args: {
  request: PublishRequest<DouyinSettings>
  ctx: PublishContext
  makeClient: (credentials: DouyinCredentials) => DouyinUserClient
  sizes: DouyinUploadSizes
}): Promise<PublishOutcome> {
  const { request, ctx } = args
  const ids = createRemoteIdTracker(ctx)
  if (ids.get('item')) return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: douyinPollAfterMs(0) }
  assertNoBlockingIssues({ issues: validateDouyinVideo({ request }), platform: 'douyin' })
  const credentials = parseCredentials({ schema: douyinCredentialsSchema, value: ctx.credentials, platform: 'douyin' })
  const client = args.makeClient(credentials)
  const text = douyinCaption(request)

  const recordedVideo = ids.get('video')
  let videoId = recordedVideo
  if (!videoId) {
    const asset = request.video
    if (asset === undefined || ctx.readVideo === undefined)
      throw new Error('validate() guarantees a video; the caller must provide readVideo')
    const file = await ctx.readVideo(asset.ref)
    videoId = await uploadDouyinVideo({
      client,
      file: { ...file, filename: asset.filename, contentType: asset.contentType },
      sizes: args.sizes,
    })
    await ids.record({ key: 'video', value: videoId })
  }
  const cover = request.cover
  const coverImageId = cover ? await runStepOnce({ ids, key: 'cover', run: () => client.uploadImage(cover) }) : undefined

  // The first send's time for this video_id, kept across replays: an item made by it is newer than this.
  if (!recordedVideo || !ids.get('createSentAt'))
    await ids.record({ key: 'createSentAt', value: new Date(ctx.now?.() ?? Date.now()).toISOString() })
  const usedId = videoId
  const create = () => client.createVideo({ videoId: usedId, text, privateStatus: request.settings.privateStatus, coverImageId })
  const itemId = recordedVideo ? await replayCreate({ ids, client, text, create }) : await create()
  await ids.record({ key: 'item', value: itemId })
  return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: douyinPollAfterMs(0) }
}
