import { countCharacters, utf8Bytes } from '../../text/countText'
import type { RenderIssue } from '../../types'
import { wechatRules as rules } from './wechatRules'

export type WechatMeasures = {
  title: string
  /** The editor's own digest (a derived one cannot be too long). */
  givenDigest: string
  /** Visible characters of the rendered body (whitespace not counted). */
  bodyCharacters: number
  bodyHtml: string
  hasCover: boolean
}

export function checkWechatLimits(measures: WechatMeasures): RenderIssue[] {
  const issues: RenderIssue[] = []
  const titleLength = countCharacters(measures.title)
  const titleBytes = utf8Bytes(measures.title)
  if (titleLength === 0) {
    issues.push({ code: 'title-missing', severity: 'error', message: '标题不能为空（微信公众号草稿的 title 为必填）。' })
  } else if (titleLength > rules.title.max) {
    issues.push({
      code: 'title-too-long',
      severity: 'error',
      limit: rules.title.max,
      actual: titleLength,
      message: `标题 ${titleLength} 字，超过微信公众号上限 ${rules.title.max} 字，请缩短。`,
    })
  } else if (titleBytes > rules.title.bytesWarning) {
    issues.push({
      code: 'title-bytes',
      severity: 'warning',
      limit: rules.title.bytesWarning,
      actual: titleBytes,
      message: `标题 ${titleBytes} 字节：官方上限为 ${rules.title.max} 字，但有运营者在超过 ${rules.title.bytesWarning} 字节时遇到 45003 错误，建议缩短。`,
    })
  }
  const digestLength = countCharacters(measures.givenDigest)
  if (digestLength > rules.digest.max) {
    issues.push({
      code: 'digest-too-long',
      severity: 'error',
      limit: rules.digest.max,
      actual: digestLength,
      message: `摘要 ${digestLength} 字，超过微信公众号上限 ${rules.digest.max} 字。`,
    })
  }
  const { bodyCharacters } = measures
  if (bodyCharacters >= rules.body.charactersBelow) {
    issues.push({
      code: 'body-too-long',
      severity: 'error',
      limit: rules.body.charactersBelow,
      actual: bodyCharacters,
      message: `正文 ${bodyCharacters} 字，微信公众号要求少于 ${rules.body.charactersBelow} 字，请删减或拆成多篇。`,
    })
  }
  const bodyBytes = utf8Bytes(measures.bodyHtml)
  if (bodyBytes >= rules.body.bytesBelow) {
    issues.push({
      code: 'body-too-large',
      severity: 'error',
      limit: rules.body.bytesBelow,
      actual: bodyBytes,
      message: `排版后的正文 HTML 为 ${bodyBytes} 字节，微信公众号要求小于 1 MB（按 ${rules.body.bytesBelow} 字节计），请删减内容。`,
    })
  }
  if (!measures.hasCover) {
    issues.push({ code: 'cover-missing', severity: 'error', message: '未设置封面：微信公众号图文必须有封面图（thumb_media_id）。' })
  }
  return issues
}
