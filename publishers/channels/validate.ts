import { CHANNELS_MEDIA, CHANNELS_TEXT } from '../../lib/platforms'
import { checkMaxChars, requiredIssue } from '../core/issues'
import { countChars } from '../core/text'
import type { PublishIssue, PublishRequest, VideoAsset } from '../core/types'
import { bodyWithTopics, plainTopics } from '../core/topics'

/** How far from 9:16 a video may be (rounding: 1080×1918 is still vertical 9:16). */
const RATIO_TOLERANCE = 0.02

function ratioIssues(video: VideoAsset | undefined): PublishIssue[] {
  const size = video?.width !== undefined && video.height !== undefined ? { width: video.width, height: video.height } : null
  const { width, height } = CHANNELS_MEDIA.ratio
  if (!size) {
    return [
      {
        field: 'video',
        code: 'invalid',
        severity: 'warning',
        message: `读不出这个视频的尺寸：视频号要 ${width}:${height} 竖版视频，请发布前确认画面是竖的`,
      },
    ]
  }
  const wanted = width / height
  if (Math.abs(size.width / size.height - wanted) / wanted <= RATIO_TOLERANCE) return []
  return [
    {
      field: 'video',
      code: 'invalid',
      severity: 'error',
      message: `视频号要 ${width}:${height} 竖版视频（如 1080×1920），这个视频是 ${size.width}×${size.height}：请导出竖版后重新审核`,
    },
  ]
}

/**
 * Pure, before the package is made (douyin.md §8): a 9:16 vertical video, the short title within 22
 * characters (tools' limit, UNCERTAIN; refused like the profile's renderer does, so the editor sees one
 * answer), and a description with topics within 1,000 characters and 10 topics (both UNCERTAIN: warned,
 * not refused). A video whose size the CMS could not read is warned about, not refused.
 */
export function validateChannels({ request }: { request: PublishRequest<unknown> }): PublishIssue[] {
  if (request.contentKind !== 'video') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '视频号只发视频' }]
  }
  const issues: PublishIssue[] = []
  if (!request.video) issues.push(requiredIssue({ field: 'video', message: '视频号需要一个视频文件（9:16 竖版）' }))
  else issues.push(...ratioIssues(request.video))
  if (request.title.trim() === '') issues.push(requiredIssue({ field: 'title', message: '视频号需要短标题（上限 22 字）' }))
  issues.push(...checkMaxChars({ field: 'title', label: '视频号短标题', value: request.title, limit: CHANNELS_TEXT.title.max }))

  const topics = plainTopics(request.topics)
  if (topics.length > CHANNELS_MEDIA.topics) {
    issues.push({
      field: 'body',
      code: 'too_many',
      severity: 'warning',
      limit: CHANNELS_MEDIA.topics,
      actual: topics.length,
      message: `视频号话题建议不超过 ${CHANNELS_MEDIA.topics} 个（当前 ${topics.length} 个）`,
    })
  }
  const description = countChars(bodyWithTopics({ body: request.body, topics }))
  if (description > CHANNELS_TEXT.body.max) {
    issues.push({
      field: 'body',
      code: 'too_long',
      severity: 'warning',
      limit: CHANNELS_TEXT.body.max,
      actual: description,
      message: `视频号描述（含话题）超过建议上限 ${CHANNELS_TEXT.body.max} 字（当前 ${description} 字），发布时可能被截断`,
    })
  }
  if (!request.cover) {
    issues.push({ field: 'cover', code: 'required', severity: 'warning', message: '没有封面：视频号会用视频第一帧做封面' })
  }
  return issues
}
