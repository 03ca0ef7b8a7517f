import { XIAOHONGSHU_MEDIA, XIAOHONGSHU_TEXT } from '../../lib/platforms'
import { checkMaxChars, requiredIssue } from '../core/issues'
import { countChars } from '../core/text'
import type { PublishIssue, PublishRequest } from '../core/types'
import { bodyWithTopics, plainTopics } from '../core/topics'

/**
 * Pure, before the package is made: every limit 小红书 would refuse when the operator posts (douyin.md §7,
 * limits from working tools, CONFIRMED-2nd): title ≤ 20, text ≤ 1,000 with its topics, 1–18 pictures
 * for a note, ≤ 10 topics, a video for a video note. Each message names the limit.
 */
export function validateXiaohongshu({ request }: { request: PublishRequest<unknown> }): PublishIssue[] {
  if (request.contentKind !== 'note' && request.contentKind !== 'video') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '小红书只发图文笔记和视频笔记' }]
  }
  const issues: PublishIssue[] = []
  if (request.title.trim() === '') issues.push(requiredIssue({ field: 'title', message: '小红书笔记需要标题（上限 20 字）' }))
  issues.push(...checkMaxChars({ field: 'title', label: '小红书标题', value: request.title, limit: XIAOHONGSHU_TEXT.title.max }))

  const topics = plainTopics(request.topics)
  if (topics.length > XIAOHONGSHU_MEDIA.topics) {
    issues.push({
      field: 'body',
      code: 'too_many',
      severity: 'error',
      limit: XIAOHONGSHU_MEDIA.topics,
      actual: topics.length,
      message: `小红书话题超过上限 ${XIAOHONGSHU_MEDIA.topics} 个（当前 ${topics.length} 个）`,
    })
  }
  const body = bodyWithTopics({ body: request.body, topics })
  const bodyLength = countChars(body)
  if (bodyLength > XIAOHONGSHU_TEXT.body.max) {
    issues.push({
      field: 'body',
      code: 'too_long',
      severity: 'error',
      limit: XIAOHONGSHU_TEXT.body.max,
      actual: bodyLength,
      message: `小红书正文（含话题）超过上限 ${XIAOHONGSHU_TEXT.body.max} 字（当前 ${bodyLength} 字）`,
    })
  }

  if (request.contentKind === 'video') {
    if (!request.video) issues.push(requiredIssue({ field: 'video', message: '小红书视频笔记需要一个视频文件' }))
    return issues
  }
  const images = request.images.length
  if (images === 0) {
    issues.push({
      field: 'images',
      code: 'too_short',
      severity: 'error',
      limit: 1,
      actual: 0,
      message: `小红书图文笔记至少需要 1 张图片（上限 ${XIAOHONGSHU_MEDIA.images} 张）`,
    })
  } else if (images > XIAOHONGSHU_MEDIA.images) {
    issues.push({
      field: 'images',
      code: 'too_many',
      severity: 'error',
      limit: XIAOHONGSHU_MEDIA.images,
      actual: images,
      message: `小红书图文笔记图片超过上限 ${XIAOHONGSHU_MEDIA.images} 张（当前 ${images} 张）`,
    })
  }
  return issues
}
