import { countCharacters } from '../../text/countText'
import type { RenderIssue } from '../../types'
import { toutiaoRules as rules } from './toutiaoRules'

export function checkToutiaoLimits(measures: { title: string; hasCover: boolean; removedLinks: number }): RenderIssue[] {
  const issues: RenderIssue[] = []
  const titleLength = countCharacters(measures.title)
  if (titleLength < rules.title.min) {
    issues.push({
      code: 'title-too-short',
      severity: 'error',
      limit: rules.title.min,
      actual: titleLength,
      message: `标题 ${titleLength} 字，头条号要求 ${rules.title.min}–${rules.title.max} 字。`,
    })
  } else if (titleLength > rules.title.max) {
    issues.push({
      code: 'title-too-long',
      severity: 'error',
      limit: rules.title.max,
      actual: titleLength,
      message: `标题 ${titleLength} 字，超过头条号上限 ${rules.title.max} 字（要求 ${rules.title.min}–${rules.title.max} 字）。`,
    })
  }
  if (!measures.hasCover) {
    issues.push({ code: 'cover-missing', severity: 'warning', message: '未设置封面：头条号文章将以无图样式展示，建议上传封面。' })
  }
  if (measures.removedLinks > 0) {
    issues.push({
      code: 'links-removed',
      severity: 'warning',
      actual: measures.removedLinks,
      message: `正文中的 ${measures.removedLinks} 个链接已改为纯文字：头条号不保留外部链接。`,
    })
  }
  return issues
}
