import { wechatProfile } from '../../../lib/platforms'

const { label, text } = wechatProfile

/**
 * WeChat Official Account rules: the limits are the profile's (lib/platforms/wechat.ts, from
 * shared/platforms/wechat.md §2.3 and §5), counted in Unicode code points; the body's are written
 * as WeChat states them ("less than"). The rest is how we render for it.
 */
export const wechatRules = {
  label: label.zh,
  title: { max: text.title.max, bytesWarning: text.title.warnAboveBytes },
  digest: { max: text.digest.max, derivedLength: 54 },
  body: { charactersBelow: text.body.max + 1, bytesBelow: text.body.maxBytes + 1 },
  keptLinkHosts: ['mp.weixin.qq.com'],
  footnotesTitle: '参考链接',
}
