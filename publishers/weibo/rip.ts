import type { PublishRequest } from '../core/types'
import type { WeiboSettings } from './accountSchemas'

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/

/**
 * Weibo's `rip` (the acting user's real IP, weibo.md §2.1): the public IP of whoever scheduled or
 * pressed publish when the CMS knows it, else the account's setting. Weibo documents IPv4 only, so
 * an IPv6 actor falls back to the setting too. Undefined when there is neither.
 */
export function weiboRip(request: Pick<PublishRequest<WeiboSettings>, 'actorIp' | 'settings'>): string | undefined {
  if (request.actorIp !== undefined && IPV4.test(request.actorIp)) return request.actorIp
  const configured = request.settings.rip
  return configured !== undefined && IPV4.test(configured) ? configured : undefined
}

/** What the account must fill in when no rip is known: the account is wrong, not the post. */
export const MISSING_RIP_MESSAGE =
  '微博要求每条微博带上发布人的公网 IP（rip），这次没有取到发布人的公网 IP，账号也没有设置。' +
  '请打开这个微博账号，在「发布设置」里填写 rip，例如 {"rip": "36.110.12.34"}：' +
  '填团队办公网络对外的公网 IPv4（在办公网络里百度搜索“IP”即可看到），不能填 192.168.x.x、10.x.x.x 这类内网地址。'
