import { isPlatformId, platformProfile, type PlatformId } from '../../../../lib/platforms'

/**
 * Where a hand-off platform's posts live (contracts.md): the link an operator pastes must be on one
 * of these hosts or a subdomain of one. Platforms not listed take any http(s) link, as before.
 * Data, not branching; it belongs on the platform profiles (`postLinkHosts`) once they carry it.
 */
const POST_LINK_HOSTS: Partial<Record<PlatformId, readonly string[]>> = {
  xiaohongshu: ['xiaohongshu.com', 'xhslink.com'],
  channels: ['channels.weixin.qq.com', 'weixin.qq.com'],
  douyin: ['douyin.com', 'iesdouyin.com'],
}

/** Null when the link may be a post of the platform; otherwise the Chinese sentence that says what to paste. */
export function postLinkProblem(args: { platform: unknown; url: string }): string | null {
  if (!isPlatformId(args.platform)) return null
  const hosts = POST_LINK_HOSTS[args.platform]
  if (!hosts) return null
  const hostname = new URL(args.url).hostname.toLowerCase()
  if (hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`))) return null
  const label = platformProfile(args.platform).shortLabel.zh
  return `这不是${label}的链接：请粘贴发布后的作品链接（网址应在 ${hosts.join(' 或 ')} 下），当前是 ${hostname}。`
}
