import { reportRotatedCredentials } from '../tokens/rotatedCredentials'
import type { PublishContext } from '../types'
import type { BytedanceOauthClient, BytedanceUserToken } from './client'

/**
 * The OAuth client a publish refreshes with: each refreshed token goes back to the account before the
 * token cache sees it. A refresh may rotate the refresh token, after which the platform takes only the
 * new one, so it must outlive the cache: the account's sealed credentials are its record.
 */
export function savingRefreshedTokens<C extends Pick<BytedanceOauthClient, 'refreshAccessToken'>>(args: {
  oauth: C
  ctx: Pick<PublishContext, 'onCredentialsRotated' | 'logger'>
  platform: 'douyin' | 'toutiao'
}): C {
  const { oauth, ctx, platform } = args
  return {
    ...oauth,
    async refreshAccessToken({ refreshToken }: { refreshToken: string }): Promise<BytedanceUserToken> {
      const fresh = await oauth.refreshAccessToken({ refreshToken })
      const token = { ...fresh, refreshToken: fresh.refreshToken ?? refreshToken }
      await reportRotatedCredentials({ onCredentialsRotated: ctx.onCredentialsRotated, logger: ctx.logger, platform, token })
      return token
    },
  }
}
