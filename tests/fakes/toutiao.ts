import { createFakeClock } from './shared/clock'
import { startFakeServer } from './shared/fakeServer'
import type { FakePlatform, RunningFake } from './shared/fakeServer'
import { createLedger } from './shared/ledger'
import { toutiaoFakeConfigSchema } from './toutiao/config'
import type { ToutiaoFakeOptions } from './toutiao/config'
import { toutiaoOauthRoutes } from './toutiao/oauth'
import { openReply } from './toutiao/replies'
import { createToutiaoState } from './toutiao/state'
import { toutiaoStatsControlRoutes, toutiaoStatsRoutes } from './toutiao/stats'
import type { ToutiaoFakeState } from './toutiao/state'
import { toutiaoVideoRoutes } from './toutiao/video'

/**
 * A local Toutiao open platform (toutiao.md §1): OAuth (authorize, access_token, refresh_token) and video
 * upload/create on one host, plus the shared test API and faults.
 * Platform fault actions: `expire-token` (access tokens), `expire-refresh-token`.
 * Statistics: video/data with deterministic counters for the videos it published; `GET /__stats` tells them.
 */
export async function startToutiaoFake(args: { port?: number; host?: string; options?: ToutiaoFakeOptions } = {}): Promise<RunningFake> {
  const clock = createFakeClock()
  const ledger = createLedger()
  const fresh = (): ToutiaoFakeState => createToutiaoState({ config: toutiaoFakeConfigSchema.parse(args.options ?? {}), clock, ledger })
  let state = fresh()
  const routes = () => [...toutiaoOauthRoutes(state), ...toutiaoVideoRoutes(state), ...toutiaoStatsRoutes(state)]
  let current = routes()
  const platform: FakePlatform = {
    name: 'toutiao',
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
      state.config = toutiaoFakeConfigSchema.parse({ ...state.config, ...(patch as object) })
      return state.config
    },
    applyPlatformFault({ action }) {
      const grants = action === 'expire-token' ? state.accessTokens : action === 'expire-refresh-token' ? state.refreshTokens : undefined
      if (grants === undefined) throw new Error(`unknown toutiao fault action ${action}`)
      for (const grant of grants.values()) grant.expiresAt = clock.now() - 1
    },
    wrongMethod: () => openReply(state, { code: 10005, description: 'method not allowed' }),
    get controlRoutes() {
      return toutiaoStatsControlRoutes(state)
    },
  }
  return startFakeServer({ platform, port: args.port, host: args.host })
}

export type { ToutiaoFakeOptions } from './toutiao/config'
