import { PLATFORM_PROFILES } from '../../lib/platforms'

/** Where a Weibo post's link goes; the publisher puts the article's public URL here. */
export const WEIBO_LINK_PLACEHOLDER = '[原文链接]'

/** weibo.md §2.1: how Weibo counts URLs is UNCERTAIN, so every URL (and the placeholder) costs at least the profile's 20. */
export const WEIBO_URL_MIN_COST = PLATFORM_PROFILES.weibo.text.body.urlMinCost
const urlPattern = /https?:\/\/[^\s<>"]+/gi

export type LengthMeasure = 'characters' | 'weibo'

/** Characters as an editor and WeChat count them: Unicode code points (an emoji is one). */
export function countCharacters(text: string): number {
  let count = 0
  for (const _character of text) count++
  return count
}

/** A Weibo status counted conservatively: code points, each URL or link placeholder as at least 20. */
export function weiboLength(text: string): number {
  let length = countCharacters(text)
  for (const [url] of text.matchAll(urlPattern)) length += Math.max(0, WEIBO_URL_MIN_COST - countCharacters(url))
  const placeholders = text.split(WEIBO_LINK_PLACEHOLDER).length - 1
  length += placeholders * (WEIBO_URL_MIN_COST - countCharacters(WEIBO_LINK_PLACEHOLDER))
  return length
}

export function measureLength(args: { text: string; measure: LengthMeasure }): number {
  return args.measure === 'weibo' ? weiboLength(args.text) : countCharacters(args.text)
}
