import { createFakeClock } from './shared/clock'
import { startFakeServer } from './shared/fakeServer'
import type { FakePlatform, RunningFake } from './shared/fakeServer'
import { createLedger } from './shared/ledger'
import { weiboFakeConfigSchema } from './weibo/config'
import type { WeiboFakeOptions } from './weibo/config'
import { weiboOauthRoutes } from './weibo/oauth'
import { weiboError } from './weibo/replies'
import { weiboShareRoutes } from './weibo/share'
import { createWeiboState } from './weibo/state'
import { weiboStatsControlRoutes, weiboStatsRoutes } from './weibo/stats'
import type { WeiboFakeState } from './weibo/state'

/**
 * A local Weibo open API (weibo.md): OAuth2 authorize/access_token/get_token_info and statuses/share with
 * its rules (140, secure-domain link, no #topics#, one picture < 5MB, 30 posts/hour, duplicates), plus the
 * shared test API and faults. Platform fault actions: `expire-token` (every user token expires now).
 * Statistics: statuses/count and users/show with deterministic counters for the posts it accepted; `GET /__stats` tells them.
 */
export async function startWeiboFake(args: { port?: number; host?: string; options?: WeiboFakeOptions } = {}): Promise<RunningFake> {
  const clock = createFakeClock()
  const ledger = createLedger()
  const fresh = (): WeiboFakeState => createWeiboState({ config: weiboFakeConfigSchema.parse(args.options ?? {}), clock, ledger })
  let state = fresh()
  const routes = () => [...weiboOauthRoutes(state), ...weiboShareRoutes(state), ...weiboStatsRoutes(state)]
  let current = routes()
  const platform: FakePlatform = {
    name: 'weibo',
    get routes() {
      return current
    },
    clock,
    ledger,
    reset() {
      state = fresh()
      current = routes()
    },
    config: () => state.config,
    configure(patch) {
      state.config = weiboFakeConfigSchema.parse({ ...state.config, ...(patch as object) })
      return state.config
    },
    applyPlatformFault({ action }) {
      if (action !== 'expire-token') throw new Error(`unknown weibo fault action ${action}`)
      for (const token of state.tokens.values()) token.expiresAt = clock.now() - 1
    },
    wrongMethod: (request) => weiboError({ path: request.path, code: 10021, error: 'HTTP method not supported' }),
    get controlRoutes() {
      return weiboStatsControlRoutes(state)
    },
  }
  return startFakeServer({ platform, port: args.port, host: args.host })
}

export type { WeiboFakeOptions } from './weibo/config'
