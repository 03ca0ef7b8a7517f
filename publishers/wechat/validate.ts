import { findImageSources } from '../core/imageSources'
import { checkMaxBytes, checkMaxChars, invalidIssue, requiredIssue } from '../core/issues'
import { countChars, formatBytes, utf8Bytes } from '../core/text'
import type { CoverCrop, PublishIssue, PublishRequest } from '../core/types'
import type { WechatSettings } from './accountSchemas'
import { articlesOf, authorOf } from './buildDraftArticle'
import type { WechatArticleSource } from './buildDraftArticle'
import { isWechatHostedImage, WECHAT_LIMITS, WECHAT_MAX_ARTICLES } from './limits'

function cropIssues(crop: CoverCrop | undefined, label: string): PublishIssue[] {
  if (crop === undefined) return []
  const values = [crop.x1, crop.y1, crop.x2, crop.y2]
  const inRange = values.every((n) => Number.isFinite(n) && n >= 0 && n <= 1)
  if (inRange && crop.x1 < crop.x2 && crop.y1 < crop.y2) return []
  return [invalidIssue({ field: 'cover', message: `${label}裁剪坐标必须在 0 到 1 之间，且左上角小于右下角` })]
}

function bodyIssues(request: WechatArticleSource): PublishIssue[] {
  const issues: PublishIssue[] = []
  if (request.body.trim() === '') issues.push(requiredIssue({ field: 'body', message: '正文不能为空' }))
  issues.push(...checkMaxChars({ field: 'body', label: '正文', value: request.body, limit: WECHAT_LIMITS.body }))
  issues.push(...checkMaxBytes({ field: 'body', label: '正文大小', byteLength: utf8Bytes(request.body), limit: WECHAT_LIMITS.bodyBytes }))
  const known = new Set(request.images.map((image) => image.src))
  for (const src of new Set(findImageSources(request.body))) {
    if (!known.has(src) && !isWechatHostedImage(src)) {
      issues.push(invalidIssue({ field: 'images', message: `正文图片 ${src} 没有可上传的来源（微信会过滤外部图片）` }))
    }
  }
  if (request.images.length > WECHAT_LIMITS.images) {
    issues.push({
      field: 'images',
      code: 'too_many',
      severity: 'error',
      limit: WECHAT_LIMITS.images,
      actual: request.images.length,
      message: `正文图片超过上限 ${WECHAT_LIMITS.images} 张（当前 ${request.images.length} 张）`,
    })
  }
  for (const image of request.images) {
    issues.push(
      ...checkMaxBytes({
        field: 'images',
        label: `正文图片 ${image.src}（media/uploadimg）`,
        byteLength: image.byteLength,
        limit: WECHAT_LIMITS.imageBytes,
      }),
    )
  }
  return issues
}

function coverIssues(request: WechatArticleSource, settings: WechatSettings): PublishIssue[] {
  const { cover } = request
  if (cover === undefined) return [requiredIssue({ field: 'cover', message: '公众号图文必须有封面图' })]
  const type = settings.coverMaterialType
  return [
    ...checkMaxBytes({
      field: 'cover',
      label: `封面（${type} 素材）`,
      byteLength: cover.bytes.length,
      limit: WECHAT_LIMITS.coverBytes[type],
    }),
    ...cropIssues(cover.crops?.wide, '2.35:1 封面'),
    ...cropIssues(cover.crops?.square, '1:1 封面'),
  ]
}

function linkIssues(request: WechatArticleSource, settings: WechatSettings): PublishIssue[] {
  const url = settings.linkToPublicPage ? request.publicUrl : undefined
  if (url === undefined) return []
  if (!/^https?:\/\//.test(url)) return [invalidIssue({ field: 'link', message: '「阅读原文」链接必须是 http(s) 地址' })]
  const bytes = utf8Bytes(url)
  if (bytes <= WECHAT_LIMITS.sourceUrlBytes) return []
  return [
    {
      field: 'link',
      code: 'too_long',
      severity: 'error',
      limit: WECHAT_LIMITS.sourceUrlBytes,
      actual: bytes,
      message: `「阅读原文」链接超过上限 ${formatBytes(WECHAT_LIMITS.sourceUrlBytes)}（当前 ${formatBytes(bytes)}）`,
    },
  ]
}

/** One article's limits; `multiArticle`: its digest is not sent (only single-article messages have one, wechat.md §9.2). */
function articleIssues(args: { article: WechatArticleSource; settings: WechatSettings; multiArticle: boolean }): PublishIssue[] {
  const { article, settings, multiArticle } = args
  const issues: PublishIssue[] = []
  if (countChars(article.title.trim()) === 0) issues.push(requiredIssue({ field: 'title', message: '标题不能为空' }))
  issues.push(...checkMaxChars({ field: 'title', label: '标题', value: article.title, limit: WECHAT_LIMITS.title }))
  issues.push(
    ...checkMaxChars({
      field: 'author',
      label: '作者',
      value: authorOf({ author: article.author, settings }),
      limit: WECHAT_LIMITS.author,
    }),
  )
  if (!multiArticle) issues.push(...checkMaxChars({ field: 'digest', label: '摘要', value: article.digest, limit: WECHAT_LIMITS.digest }))
  return [...issues, ...bodyIssues(article), ...coverIssues(article, settings), ...linkIssues(article, settings)]
}

/** 《…》 of a bundle article in a message: long titles cut so the message stays readable. */
function nameOf(index: number, title: string): string {
  const chars = [...title.trim()]
  const shown = chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : chars.join('')
  return `第 ${index + 1} 篇《${shown}》`
}

function pushIssues(request: PublishRequest<WechatSettings>): PublishIssue[] {
  const issues: PublishIssue[] = []
  const count = 1 + (request.bundle?.length ?? 0)
  if (count > WECHAT_MAX_ARTICLES) {
    issues.push({
      field: 'contentKind',
      code: 'too_many',
      severity: 'error',
      limit: WECHAT_MAX_ARTICLES,
      actual: count,
      message: `一条公众号图文最多 ${WECHAT_MAX_ARTICLES} 篇文章（当前 ${count} 篇）：请从组合里移除 ${count - WECHAT_MAX_ARTICLES} 篇`,
    })
  }
  const tagId = request.push?.tagId
  if (tagId !== undefined && !/^\d{1,18}$/.test(tagId)) {
    issues.push(invalidIssue({ field: 'settings', message: `群发的粉丝标签 ID「${tagId}」不是数字：请在日历条目中重新选择标签` }))
  }
  return issues
}

/** Pure: every limit wechat.md gives, checked before any call, for the lead and each bundle article (named). */
export function validateWechatRequest({ request }: { request: PublishRequest<WechatSettings> }): PublishIssue[] {
  if (request.contentKind === 'video') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '公众号草稿接口不支持视频内容' }]
  }
  const articles = articlesOf(request)
  const multiArticle = articles.length > 1
  const issues = articles.flatMap((article, index) => {
    const found = articleIssues({ article, settings: request.settings, multiArticle })
    if (index === 0) return found
    return found.map((issue) => ({ ...issue, message: `${nameOf(index, article.title)}${issue.message}` }))
  })
  if (multiArticle && articles.some((article) => (article.digest?.trim() ?? '') !== '')) {
    issues.push({
      field: 'digest',
      code: 'unsupported',
      severity: 'warning',
      message: '多图文消息没有摘要（微信只给单图文显示摘要），各篇的摘要不会发送',
    })
  }
  return [...pushIssues(request), ...issues]
}
