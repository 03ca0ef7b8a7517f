import { assertNoBlockingIssues, checkMaxChars, requiredIssue } from '../core/issues'
import { capabilitiesOf } from '../core/publisher'
import type { Publisher } from '../core/publisher'
import { countChars } from '../core/text'
import type { PublishIssue, PublishRequest } from '../core/types'
import { toutiaoAssistedCredentialsSchema, toutiaoAssistedSettingsSchema } from './accountSchemas'
import type { ToutiaoAssistedSettings } from './accountSchemas'
import { TOUTIAO_ARTICLE_EDITOR_URL } from './config'
import { TOUTIAO_ARTICLE_LIMITS } from './limits'
import { prepareAssistedPackage } from './prepareAssistedPackage'

/** Pure: title 2–30 characters, a body; body images are flagged for re-upload by hand. */
export function validateToutiaoArticle({ request }: { request: PublishRequest<ToutiaoAssistedSettings> }): PublishIssue[] {
  if (request.contentKind === 'video') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '视频请用头条开放平台的视频发布' }]
  }
  const issues = checkMaxChars({ field: 'title', label: '头条标题', value: request.title, limit: TOUTIAO_ARTICLE_LIMITS.title })
  const titleLength = countChars(request.title.trim())
  if (titleLength < TOUTIAO_ARTICLE_LIMITS.titleMin) {
    issues.push({
      field: 'title',
      code: 'too_short',
      severity: 'error',
      limit: TOUTIAO_ARTICLE_LIMITS.titleMin,
      actual: titleLength,
      message: `头条标题少于下限 ${TOUTIAO_ARTICLE_LIMITS.titleMin} 字（当前 ${titleLength} 字）`,
    })
  }
  if (request.body.trim() === '') issues.push(requiredIssue({ field: 'body', message: '正文不能为空' }))
  if (request.images.length > 0) {
    issues.push({
      field: 'images',
      code: 'invalid',
      severity: 'warning',
      message: `正文中的 ${request.images.length} 张图片需要在头条后台重新上传（外部图片会导致整篇被拒，错误 7115）`,
    })
  }
  return issues
}

/**
 * Toutiao has no public article API (toutiao.md): publish() prepares the ready-to-paste package and answers
 * `manual` with the back-office link; an operator publishes and pastes the URL back. No network call.
 */
export function createToutiaoAssistedPublisher(): Publisher<ToutiaoAssistedSettings> {
  return {
    id: 'toutiao-assisted',
    capabilities: capabilitiesOf({ publisher: 'toutiao-assisted', backOfficeUrl: TOUTIAO_ARTICLE_EDITOR_URL }),
    settingsSchema: toutiaoAssistedSettingsSchema,
    credentialsSchema: toutiaoAssistedCredentialsSchema,
    validate: validateToutiaoArticle,
    async publish({ request, ctx }) {
      assertNoBlockingIssues({ issues: validateToutiaoArticle({ request }), platform: 'toutiao' })
      const assistedPackage = prepareAssistedPackage({ request, backOfficeUrl: TOUTIAO_ARTICLE_EDITOR_URL })
      ctx.logger.info({ deliveryId: request.deliveryId, images: assistedPackage.images.length }, 'toutiao assisted package prepared')
      return {
        state: 'manual',
        link: TOUTIAO_ARTICLE_EDITOR_URL,
        remoteIds: ctx.remoteIds,
        assistedPackage,
        message: `头条没有公开的文章发布接口：发布包已准备好（标题、正文、封面），请复制到头条号后台发布，审核通过后把链接粘贴回来。${
          assistedPackage.otherTitles
            ? `如要用头条的「双标题」，备选标题：${assistedPackage.otherTitles.map((t) => `「${t}」`).join('')}。`
            : ''
        }`,
      }
    },
  }
}
