import { accountIssue, checkMaxBytes, invalidIssue, requiredIssue } from '../core/issues'
import type { PublishIssue, PublishRequest } from '../core/types'
import type { WeiboSettings } from './accountSchemas'
import { WEIBO_LIMITS } from './limits'
import { MISSING_RIP_MESSAGE, weiboRip } from './rip'
import { composeWeiboStatus, countWeiboLength, hasHashtag } from './statusText'

function linkIssues(request: PublishRequest<WeiboSettings>): PublishIssue[] {
  const link = request.publicUrl
  if (link === undefined) {
    return [requiredIssue({ field: 'link', message: '微博必须包含本站公开页面的链接（应用安全域名下的地址）' })]
  }
  const domain = request.settings.secureDomain?.toLowerCase()
  if (!URL.canParse(link)) return [invalidIssue({ field: 'link', message: `链接不是合法地址：${link}` })]
  const host = new URL(link).hostname.toLowerCase()
  if (domain !== undefined && host !== domain && !host.endsWith(`.${domain}`)) {
    return [invalidIssue({ field: 'link', message: `链接 ${host} 不在应用的安全域名 ${domain} 下，微博会拒绝` })]
  }
  return []
}

function pictureIssues(request: PublishRequest<WeiboSettings>): PublishIssue[] {
  const issues =
    request.cover !== undefined
      ? checkMaxBytes({ field: 'cover', label: '微博配图', byteLength: request.cover.bytes.length, limit: WEIBO_LIMITS.pictureBytes })
      : checkMaxBytes({ field: 'images', label: '微博配图', byteLength: request.images[0]?.byteLength, limit: WEIBO_LIMITS.pictureBytes })
  const extra = request.images.length - (request.cover === undefined ? 1 : 0)
  if (extra > 0) {
    issues.push({
      field: 'images',
      code: 'too_many',
      severity: 'warning',
      limit: 1,
      message: `微博接口只能带 1 张图片，其余 ${extra} 张不会发送`,
    })
  }
  return issues
}

/** Pure: the composed post (text + link) within 140, no #话题#, a link on the secure domain, one picture < 5MB, rip. */
export function validateWeiboRequest({ request }: { request: PublishRequest<WeiboSettings> }): PublishIssue[] {
  if (request.contentKind === 'video') {
    return [{ field: 'contentKind', code: 'unsupported', severity: 'error', message: '微博接口（statuses/share）不支持视频' }]
  }
  const issues = linkIssues(request)
  const status = composeWeiboStatus({ text: request.body, link: request.publicUrl })
  if (request.body.trim() === '') issues.push(requiredIssue({ field: 'body', message: '微博正文不能为空' }))
  if (hasHashtag(status)) issues.push(invalidIssue({ field: 'body', message: '微博接口（statuses/share）不允许 #话题#' }))
  const length = countWeiboLength(status)
  if (length > WEIBO_LIMITS.status) {
    issues.push({
      field: 'body',
      code: 'too_long',
      severity: 'error',
      limit: WEIBO_LIMITS.status,
      actual: length,
      message: `微博正文（含链接）超过上限 ${WEIBO_LIMITS.status} 字（当前 ${length} 字，链接按至少 ${WEIBO_LIMITS.urlMinCost} 字计）`,
    })
  }
  if (weiboRip(request) === undefined) issues.push(accountIssue({ code: 'required', message: MISSING_RIP_MESSAGE }))
  return [...issues, ...pictureIssues(request)]
}
