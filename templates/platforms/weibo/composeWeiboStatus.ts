import { collapseWhitespace, countCharacters } from '../../text/countText'
import { truncateAtSentence, truncateText } from '../../text/truncateText'
import type { RenderIssue } from '../../types'
import { urlPattern, weiboLength } from './weiboLength'
import { weiboRules as rules } from './weiboRules'

const topicPattern = /[#＃]([^#＃\n]{1,64}?)[#＃]/g
const [titleOpen, titleClose] = rules.titleBrackets
const [topicOpen, topicClose] = rules.topicBrackets

/** Text without URLs (only the public link belongs in a status) and with `#话题#` made plain. */
function plainCopy(text: string): { text: string; hadTopics: boolean } {
  let hadTopics = false
  const withoutTopics = text.replace(urlPattern, ' ').replace(topicPattern, (_match, topic: string) => {
    hadTopics = true
    return `${topicOpen}${topic.trim()}${topicClose}`
  })
  return { text: collapseWhitespace(withoutTopics), hadTopics }
}

function topicsOf(hashtags: string[]): string[] {
  const names = hashtags.map((tag) => plainCopy(tag.replace(/[#＃]/g, ' ')).text).filter(Boolean)
  return [...new Set(names)].map((name) => `${topicOpen}${name}${topicClose}`)
}

/**
 * A statuses/share text: 【title】excerpt 「topic」… link. The link and title come first in the
 * budget, then topics, and the excerpt takes what is left. The result never exceeds the limit.
 */
export function composeWeiboStatus(args: {
  title: string
  excerpt: string
  excerptIsEditorDigest: boolean
  hashtags: string[]
  publicUrl: string | null
}): { text: string; excerpt: string; issues: RenderIssue[] } {
  const max = rules.status.max
  const issues: RenderIssue[] = []
  const title = plainCopy(args.title)
  const excerpt = plainCopy(args.excerpt)
  let link = args.publicUrl ?? ''
  if (link && weiboLength(link) + 1 > max) {
    issues.push({
      code: 'public-url-too-long',
      severity: 'error',
      limit: max,
      actual: weiboLength(link),
      message: `文章链接过长，放不进微博 ${max} 字的正文。`,
    })
    link = ''
  }
  const linkPart = link ? ` ${link}` : ''
  const linkCost = weiboLength(linkPart)

  const titleBudget = max - linkCost - countCharacters(titleOpen + titleClose)
  let head = ''
  if (title.text && titleBudget > 0) {
    const cutTitle = truncateText({ text: title.text, max: titleBudget, ellipsis: rules.excerpt.ellipsis })
    if (cutTitle !== title.text) {
      issues.push({
        code: 'title-truncated',
        severity: 'warning',
        limit: titleBudget,
        actual: countCharacters(title.text),
        message: `标题放不进微博 ${max} 字的正文，已截短。`,
      })
    }
    head = cutTitle ? `${titleOpen}${cutTitle}${titleClose}` : ''
  }

  const topics = topicsOf(args.hashtags)
  let topicsPart = ''
  let keptTopics = 0
  for (const topic of topics) {
    const candidate = `${topicsPart}${topic}`
    if (countCharacters(head) + 1 + countCharacters(candidate) + linkCost > max) break
    topicsPart = candidate
    keptTopics++
  }
  if (keptTopics < topics.length) {
    issues.push({ code: 'hashtags-dropped', severity: 'warning', limit: max, message: `微博正文限 ${max} 字，部分话题放不下，已省略。` })
  }
  if (topics.length > 0 || title.hadTopics || excerpt.hadTopics) {
    issues.push({
      code: 'topics-as-text',
      severity: 'warning',
      message: `微博 statuses/share 接口不允许 #话题#，话题已写成${topicOpen}话题${topicClose}形式的普通文字；如需可点击的话题，请在微博客户端另行添加。`,
    })
  }
  const tail = (topicsPart ? ` ${topicsPart}` : '') + linkPart
  const excerptBudget = max - countCharacters(head) - weiboLength(tail)
  let excerptText = ''
  if (excerpt.text && excerptBudget >= rules.excerpt.minLength) {
    excerptText = truncateAtSentence({ text: excerpt.text, max: excerptBudget, ellipsis: rules.excerpt.ellipsis })
  }
  if (args.excerptIsEditorDigest && excerptText !== excerpt.text) {
    issues.push({
      code: 'digest-truncated',
      severity: 'warning',
      limit: max,
      message: `摘要放不进微博 ${max} 字的正文（链接按至少 ${rules.status.urlMinCost} 字计），已截短。`,
    })
  }
  const text = `${head}${excerptText}${tail}`.trim()
  return { text, excerpt: excerptText, issues }
}
