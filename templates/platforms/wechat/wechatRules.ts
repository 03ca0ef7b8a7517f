import { PLATFORM_LABELS } from '../../../lib/platforms'

/**
 * WeChat Official Account rules, from shared/platforms/wechat.md (§2.3 draft/add, §5 content).
 * Counting: "字" are counted as Unicode code points. UNCERTAIN (wechat.md): the exact unit of the
 * title limit (practitioners hit 45003 at ~64 bytes) and whether the 20,000-character limit of
 * `content` counts markup; we count the visible text and separately cap the HTML at 1 MB.
 */
export const wechatRules = {
  label: PLATFORM_LABELS.wechat.zh,
  title: { max: 32, bytesWarning: 64 },
  digest: { max: 128, derivedLength: 54 },
  body: { charactersBelow: 20_000, bytesBelow: 1_000_000 },
  keptLinkHosts: ['mp.weixin.qq.com'],
  footnotesTitle: '参考链接',
}
