import type { OAuthFlow } from './core/oauthFlow'
import type { PlatformId } from './core/types'
import type { PublishersConfig } from './registry'
import { createDouyinOAuthFlow } from './douyin/oauth'
import { createToutiaoOAuthFlow } from './toutiao/oauth'
import { createWeiboOAuthFlow } from './weibo/oauth'

/**
 * The connect flow of each platform whose profile says `credentials.kind: 'oauth'` (a test keeps the
 * two in step); undefined for the others. Hand-written like the registry: a new OAuth platform adds one line.
 */
export function oauthFlowFor(args: { platform: PlatformId; config: PublishersConfig }): OAuthFlow | undefined {
  const { config } = args
  const flows: Partial<Record<PlatformId, () => OAuthFlow>> = {
    weibo: () => createWeiboOAuthFlow(config.weibo ?? {}),
    toutiao: () => createToutiaoOAuthFlow(config.toutiao ?? {}),
    douyin: () => createDouyinOAuthFlow(config.douyin ?? {}),
  }
  return flows[args.platform]?.()
}
