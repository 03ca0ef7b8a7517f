import { douyinFakeConfigSchema } from './config'

const DAY_MS = 86_400_000

/**
 * A Douyin platform account whose pasted credentials the fake (default options) accepts: the seeded tokens,
 * publishing through the API (`serverPublishing: true`, the app holds `video.create.bind`).
 */
export function douyinFakeAccountData(name: string, args: { settings?: Record<string, unknown> } = {}): Record<string, unknown> {
  const config = douyinFakeConfigSchema.parse({})
  const now = Date.now()
  return {
    platform: 'douyin',
    name,
    settings: { serverPublishing: true, ...args.settings },
    credentials: {
      clientKey: config.clientKey,
      clientSecret: config.clientSecret,
      accessToken: config.seedAccessToken,
      refreshToken: config.seedRefreshToken,
      openId: config.openId,
      expiresAt: new Date(now + (config.accessTtlSeconds * 1000 - DAY_MS)).toISOString(),
      refreshExpiresAt: new Date(now + (config.refreshTtlSeconds * 1000 - DAY_MS)).toISOString(),
    },
  }
}
