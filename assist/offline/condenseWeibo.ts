import { composeWeiboPost } from '../composeWeiboPost'
import { WEIBO_LINK_PLACEHOLDER, weiboLength } from '../text/countLength'
import type { AssistIssue } from '../types'
import { pickSentences } from './pickSentences'
import { rankSentences, topKeywords } from './rankSentences'

/** A title longer than this share of the post would leave too little room for what the article says. */
const TITLE_SHARE = 0.4

/**
 * A Weibo post by rules, no model: 【title】 + the article's key sentences (as many worth keeping as fit,
 * in reading order) + the article's own #话题# when it has them, else up to two from the title's recurring
 * words + the link placeholder, within `max` as Weibo counts.
 */
export function condenseWeibo(args: { markdown: string; title?: string; max: number; hashtags?: readonly string[] }): {
  text: string
  hashtags: string[]
  issues: AssistIssue[]
} {
  const title = args.title && weiboLength(args.title) <= args.max * TITLE_SHARE ? args.title : undefined
  const own = (args.hashtags ?? []).map((tag) => tag.replace(/^[#＃]+|[#＃]+$/g, '').trim()).filter(Boolean)
  const hashtags = own.length > 0 ? [...new Set(own)] : topKeywords({ markdown: args.markdown, title: args.title, limit: 2 })
  const ranked = rankSentences({ markdown: args.markdown, title: args.title })
  const fixedCost = weiboLength(`${title ? `【${title}】` : ''}${hashtags.map((tag) => ` #${tag}#`).join('')} ${WEIBO_LINK_PLACEHOLDER}`)
  const picked = pickSentences({ ranked, budget: args.max - fixedCost, measure: weiboLength })
  const body = (picked.length > 0 ? picked : ranked.slice(0, 1)).map((sentence) => sentence.text).join('')
  return composeWeiboPost({ title, body, hashtags, max: args.max })
}
