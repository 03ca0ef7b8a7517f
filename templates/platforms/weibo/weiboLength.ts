import { countCharacters } from '../../text/countText'
import { weiboRules } from './weiboRules'

export const urlPattern = /https?:\/\/[^\s<>"]+/gi

/** Conservative length of a status: code points, each URL counted as at least `urlMinCost`. */
export function weiboLength(text: string): number {
  let length = countCharacters(text)
  for (const [url] of text.matchAll(urlPattern)) {
    const urlLength = countCharacters(url)
    length += Math.max(urlLength, weiboRules.status.urlMinCost) - urlLength
  }
  return length
}
