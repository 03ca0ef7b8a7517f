import { wechatRules } from './wechatRules'

const plainAscii = /^[\x21-\x24\x26-\x7e]*$/

/** A link WeChat allows in an article body (to another WeChat article); every other link becomes a footnote. */
export function isKeptLink(href: string): boolean {
  // Printable ASCII without escapes: the URL parser only lowercases the host, so a kept host must
  // appear in the lowercased text (this spares parsing the many links that become footnotes).
  if (plainAscii.test(href)) {
    const lower = href.toLowerCase()
    if (!wechatRules.keptLinkHosts.some((host) => lower.includes(host))) return false
  }
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && wechatRules.keptLinkHosts.includes(url.hostname)
  } catch {
    return false
  }
}
