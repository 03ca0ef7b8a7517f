import { parseCredentials } from '../core/credentials'
import { ContentRejectedError } from '../core/errors'
import { assertNoBlockingIssues, checkMaxBytes, checkMaxChars, requiredIssue } from '../core/issues'
import { createRemoteIdTracker, runStepOnce } from '../core/remoteIds'
import { formatBytes } from '../core/text'
import type { PublishContext, PublishIssue, PublishOutcome, PublishRequest } from '../core/types'
import { toutiaoCredentialsSchema } from './accountSchemas'
import type { ToutiaoCredentials, ToutiaoVideoSettings } from './accountSchemas'
import type { ToutiaoVideoClient } from './client'
import { TOUTIAO_VIDEO_LIMITS } from './limits'

/** Pure: a video with an MP4 file under 128MB and a title (`text`) of at most 30 characters. */
export function validateToutiaoVideo({ request }: { request: PublishRequest<ToutiaoVideoSettings> }): PublishIssue[] {
  if (request.contentKind !== 'video') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '头条开放平台只能发布视频；图文请用辅助发布' }]
  }
  const issues: PublishIssue[] = []
  if (request.title.trim() === '') issues.push(requiredIssue({ field: 'title', message: '视频标题不能为空' }))
  issues.push(...checkMaxChars({ field: 'title', label: '视频标题', value: request.title, limit: TOUTIAO_VIDEO_LIMITS.title }))
  const { video } = request
  if (video === undefined) return [...issues, requiredIssue({ field: 'video', message: '缺少视频文件' })]
  if (video.contentType !== 'video/mp4') {
    issues.push({ field: 'video', code: 'invalid', severity: 'error', message: `视频必须是 MP4（当前 ${video.contentType}）` })
  }
  issues.push(
    ...checkMaxBytes({
      field: 'video',
      label: '视频文件（单次上传）',
      byteLength: video.byteLength,
      limit: TOUTIAO_VIDEO_LIMITS.videoBytes,
    }),
  )
  return issues
}

/** video/upload → video/create, each id recorded at once (`video`, `item`). */
export async function publishToutiaoVideo(args: {
  request: PublishRequest<ToutiaoVideoSettings>
  ctx: PublishContext
  makeClient: (credentials: ToutiaoCredentials) => ToutiaoVideoClient
}): Promise<PublishOutcome> {
  const { request, ctx } = args
  const ids = createRemoteIdTracker(ctx)
  const note = '视频已提交，头条审核通过后可见；开放平台不返回公开链接，请在头条号后台查看'
  if (ids.get('item') !== undefined) return { state: 'published', remoteIds: ids.snapshot(), note }
  assertNoBlockingIssues({ issues: validateToutiaoVideo({ request }), platform: 'toutiao' })
  const credentials = parseCredentials({ schema: toutiaoCredentialsSchema, value: ctx.credentials, platform: 'toutiao' })
  const client = args.makeClient(credentials)
  const videoId = await runStepOnce({
    ids,
    key: 'video',
    run: async () => {
      const asset = request.video
      if (asset === undefined || ctx.readVideo === undefined)
        throw new Error('validate() guarantees a video; the caller must provide readVideo')
      const file = await ctx.readVideo(asset.ref)
      if (file.bytes.length > TOUTIAO_VIDEO_LIMITS.videoBytes) {
        const reason = `视频文件超过单次上传上限 ${formatBytes(TOUTIAO_VIDEO_LIMITS.videoBytes)}`
        throw new ContentRejectedError({ message: reason, reason, platform: 'toutiao' })
      }
      return client.uploadVideo({ ...file, filename: asset.filename, contentType: asset.contentType })
    },
  })
  await runStepOnce({ ids, key: 'item', run: () => client.createVideo({ videoId, text: request.title }) })
  return { state: 'published', remoteIds: ids.snapshot(), note }
}
