import { isPlatformId, platformProfile } from '../../../../lib/platforms'

/**
 * Null when the link may be a post of the platform (its profile's `postLinkHosts`, or any http(s) link
 * when it names none); otherwise the Chinese sentence that says what to paste.
 */
export function postLinkProblem(args: { platform: unknown; url: string }): string | null {
  if (!isPlatformId(args.platform)) return null
  const profile = platformProfile(args.platform)
  const hosts = profile.postLinkHosts
  if (!hosts) return null
  const hostname = new URL(args.url).hostname.toLowerCase()
  if (hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`))) return null
  return `这不是${profile.shortLabel.zh}的链接：请粘贴发布后的作品链接（网址应在 ${hosts.join(' 或 ')} 下），当前是 ${hostname}。`
}
