import { DOUYIN_MEDIA, DOUYIN_TEXT } from '../../lib/platforms'
import { checkMaxBytes, checkMaxChars, requiredIssue } from '../core/issues'
import { formatBytes } from '../core/text'
import type { PublishIssue, PublishRequest } from '../core/types'
import { douyinCaption, imagesOf, topicsOf } from './caption'

/** Video types Douyin takes (douyin.md §3.1: mp4, webm). */
const VIDEO_TYPES = ['video/mp4', 'video/webm']

/** Title, caption and topics, as both routes check them (the limits of lib/platforms/douyin.ts). */
function textIssues(request: PublishRequest<unknown>): PublishIssue[] {
  const issues: PublishIssue[] = []
  if (request.title.trim() === '') issues.push(requiredIssue({ field: 'title', message: '抖音标题不能为空' }))
  issues.push(...checkMaxChars({ field: 'title', label: '抖音标题', value: request.title.trim(), limit: DOUYIN_TEXT.title.max }))
  issues.push(
    ...checkMaxChars({
      field: 'body',
      label: '抖音文案（标题、简介和话题合计）',
      value: douyinCaption(request),
      limit: DOUYIN_TEXT.body.max,
    }),
  )
  const topics = topicsOf(request).length
  if (topics > DOUYIN_MEDIA.topics) {
    issues.push({
      field: 'body',
      code: 'too_many',
      severity: 'error',
      limit: DOUYIN_MEDIA.topics,
      actual: topics,
      message: `话题超过抖音上限 ${DOUYIN_MEDIA.topics} 个（当前 ${topics} 个）`,
    })
  }
  return issues
}

/**
 * Pure, before any call: a video (MP4/WebM, ≤ 4GB) with a title and caption within Douyin's limits.
 * The 15-minute length is checked only when the platform answers (2190006): the request carries no duration.
 */
export function validateDouyinVideo({ request }: { request: PublishRequest<unknown> }): PublishIssue[] {
  if (request.contentKind !== 'video') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '抖音视频发布只接受视频；海报和笔记请用抖音图集' }]
  }
  const issues = textIssues(request)
  const { video } = request
  if (video === undefined) return [...issues, requiredIssue({ field: 'video', message: '缺少视频文件' })]
  if (!VIDEO_TYPES.includes(video.contentType)) {
    issues.push({ field: 'video', code: 'invalid', severity: 'error', message: `抖音只接受 MP4 或 WebM 视频（当前 ${video.contentType}）` })
  }
  issues.push(...checkMaxBytes({ field: 'video', label: '抖音视频文件', byteLength: video.byteLength, limit: DOUYIN_MEDIA.videoBytes }))
  if (request.cover !== undefined) {
    issues.push(
      ...checkMaxBytes({ field: 'cover', label: '抖音封面图', byteLength: request.cover.bytes.length, limit: DOUYIN_MEDIA.imageBytes }),
    )
  }
  return issues
}

/** Pure: a 图集 of 1–30 images of ≤ 20MB each (douyin.md §3.4, the smaller reading), with its caption. */
export function validateDouyinImageText({ request }: { request: PublishRequest<unknown> }): PublishIssue[] {
  if (request.contentKind !== 'poster' && request.contentKind !== 'note') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '抖音图集只接受海报和笔记；视频请用抖音视频发布' }]
  }
  const issues = textIssues(request)
  const images = imagesOf(request)
  if (images.length === 0) issues.push(requiredIssue({ field: 'images', message: '抖音图集至少需要 1 张图片' }))
  if (images.length > DOUYIN_MEDIA.images) {
    issues.push({
      field: 'images',
      code: 'too_many',
      severity: 'error',
      limit: DOUYIN_MEDIA.images,
      actual: images.length,
      message: `图片超过抖音图集上限 ${DOUYIN_MEDIA.images} 张（当前 ${images.length} 张）`,
    })
  }
  images.forEach((image, index) => {
    if (image.byteLength !== undefined && image.byteLength > DOUYIN_MEDIA.imageBytes) {
      issues.push({
        field: 'images',
        code: 'too_large',
        severity: 'error',
        limit: DOUYIN_MEDIA.imageBytes,
        actual: image.byteLength,
        message: `第 ${index + 1} 张图片超过抖音上限 ${formatBytes(DOUYIN_MEDIA.imageBytes)}（当前 ${formatBytes(image.byteLength)}）`,
      })
    }
  })
  return issues
}
