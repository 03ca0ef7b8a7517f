import { countChars } from '../core/text'
import { WEIBO_LIMITS } from './limits'

const URL_PATTERN = /https?:\/\/[^\s\u3000，。！？、；：）】」』]+/g
/** Weibo shortens links to t.cn (~20 characters); a URL never counts less than that here. */
const URL_BUDGET = WEIBO_LIMITS.urlMinCost

/** The post text: the rendered text, with the link appended when the text does not already carry it. */
export function composeWeiboStatus(args: { text: string; link?: string }): string {
  const text = args.text.trim()
  if (args.link === undefined || text.includes(args.link)) return text
  return text === '' ? args.link : `${text} ${args.link}`
}

/**
 * Conservative length (how Weibo counts is UNCERTAIN, weibo.md §2.1): every code point counts 1,
 * ASCII included, and each URL counts its full length but at least 20.
 */
export function countWeiboLength(status: string): number {
  let total = countChars(status)
  for (const url of status.match(URL_PATTERN) ?? []) {
    total += Math.max(0, URL_BUDGET - countChars(url))
  }
  return total
}

export function hasHashtag(status: string): boolean {
  return /#[^#\s][^#]*#/.test(status)
}
