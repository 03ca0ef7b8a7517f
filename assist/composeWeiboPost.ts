import { cutPlace } from './lengthLimit'
import { WEIBO_LINK_PLACEHOLDER, weiboLength } from './text/countLength'
import { fitToLength } from './text/fitToLength'
import type { AssistIssue } from './types'

const hashtagPattern = /[#＃]([^#＃\n]{1,30}?)[#＃]/g
const urlPattern = /https?:\/\/[^\s<>"]+/gi
/** Shorter than this, a post body says nothing: drop hashtags before squeezing it further. */
const MIN_BODY = 24

export function hashtagsOf(text: string): string[] {
  return [...new Set([...text.matchAll(hashtagPattern)].map((match) => match[1].trim()).filter(Boolean))]
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * A Weibo post within `max` (Weibo's count): `【title】body #tag# #tag# [原文链接]`. The link placeholder and
 * the title are kept; hashtags are dropped from the end if the body would fall under 24 characters; the
 * body is cut at a sentence or clause end to fit what is left.
 */
export function composeWeiboPost(args: { title?: string; body: string; hashtags: string[]; max: number }): {
  text: string
  hashtags: string[]
  issues: AssistIssue[]
} {
  const issues: AssistIssue[] = []
  const head = args.title ? `【${args.title.replace(/[【】]/g, '').trim()}】` : ''
  const body = tidy(args.body.replace(hashtagPattern, '').replace(urlPattern, '').split(WEIBO_LINK_PLACEHOLDER).join(''))
  const allTags = [...new Set(args.hashtags.map((tag) => tag.replace(/[#＃\s]/g, '')).filter(Boolean))]
  const tags = [...allTags]
  const tailOf = (kept: string[]): string => `${kept.map((tag) => ` #${tag}#`).join('')} ${WEIBO_LINK_PLACEHOLDER}`
  const budgetFor = (kept: string[]): number => args.max - weiboLength(head) - weiboLength(tailOf(kept))
  while (tags.length > 0 && budgetFor(tags) < MIN_BODY) tags.pop()
  if (tags.length < allTags.length) {
    issues.push({
      code: 'hashtags-dropped',
      severity: 'warning',
      limit: args.max,
      message: `微博限 ${args.max} 字，放不下全部话题，已省略部分话题。`,
    })
  }
  const fitted = fitToLength({ text: body, max: Math.max(0, budgetFor(tags)), measure: 'weibo' })
  if (fitted.cut !== 'none') {
    const actual = weiboLength(`${head}${body}${tailOf(tags)}`)
    issues.push({
      code: 'trimmed-to-limit',
      severity: 'warning',
      limit: args.max,
      actual,
      message: `微博原有 ${actual} 字（链接按 20 字计），超过上限 ${args.max} 字，正文已在${cutPlace(fitted.cut)}截短。`,
    })
  }
  return { text: `${head}${fitted.text}${tailOf(tags)}`.trim(), hashtags: tags, issues }
}

/** A post as the model wrote it, with exactly one link placeholder and no invented URLs; recomposed only when over `max`. */
export function fitWeiboPost(args: { text: string; max: number }): { text: string; hashtags: string[]; issues: AssistIssue[] } {
  const withoutUrls = tidy(args.text.replace(urlPattern, ''))
  const [before, ...after] = withoutUrls.split(WEIBO_LINK_PLACEHOLDER)
  const single = after.length > 0 ? tidy(`${before}${WEIBO_LINK_PLACEHOLDER}${after.join('')}`) : `${withoutUrls} ${WEIBO_LINK_PLACEHOLDER}`
  const hashtags = hashtagsOf(single)
  if (weiboLength(single) <= args.max) return { text: single, hashtags, issues: [] }
  const titleMatch = /^【([^】]{1,40})】/.exec(single)
  const body = titleMatch ? single.slice(titleMatch[0].length) : single
  return composeWeiboPost({ title: titleMatch?.[1], body, hashtags, max: args.max })
}
