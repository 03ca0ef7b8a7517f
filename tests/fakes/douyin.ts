import { createFakeClock } from './shared/clock'
import { startFakeServer } from './shared/fakeServer'
import type { FakePlatform, FakeRoute, RunningFake } from './shared/fakeServer'
import { createLedger } from './shared/ledger'
import { douyinFakeConfigSchema } from './douyin/config'
import type { DouyinFakeOptions } from './douyin/config'
import { douyinCreateRoutes } from './douyin/create'
import { douyinOauthRoutes } from './douyin/oauth'
import { DOUYIN_ERRORS, openReply } from './douyin/replies'
import { douyinShareControlRoutes, douyinShareRoutes } from './douyin/share'
import { createDouyinState } from './douyin/state'
import type { DouyinFakeState } from './douyin/state'
import { douyinUploadRoutes } from './douyin/upload'
import { douyinVideoRoutes, videoObject } from './douyin/videos'

/**
 * A local Douyin open platform (douyin.md §1, §3, §5, §6, §10; analytics.md §4.2): OAuth, uploads (single and
 * chunked), create_video / create_image_text, video_list / video_data with a review state, and the H5 share ticket,
 * all on one host, plus the shared test API and faults.
 * Platform fault actions: `expire-token` (access tokens), `expire-refresh-token`, `expire-upload` (chunked upload ids).
 * Own test API: `GET /__items` (every item as video_data would show it, without counting a poll),
 * `POST /__share/check {schema}` (would the app open this H5 share?).
 */
export async function startDouyinFake(args: { port?: number; host?: string; options?: DouyinFakeOptions } = {}): Promise<RunningFake> {
  const clock = createFakeClock()
  const ledger = createLedger()
  const fresh = (): DouyinFakeState => createDouyinState({ config: douyinFakeConfigSchema.parse(args.options ?? {}), clock, ledger })
  let state = fresh()
  const routes = () => [
    ...douyinOauthRoutes(state),
    ...douyinUploadRoutes(state),
    ...douyinCreateRoutes(state),
    ...douyinVideoRoutes(state),
    ...douyinShareRoutes(state),
  ]
  const controlRoutes = (): FakeRoute[] => [
    { method: 'GET', path: '/__items', handle: () => ({ json: { items: state.items.map((item) => videoObject(state, item)) } }) },
    ...douyinShareControlRoutes(state),
  ]
  let current = routes()
  let control = controlRoutes()
  const platform: FakePlatform = {
    name: 'douyin',
    get routes() {
      return current
    },
    clock,
    ledger,
    reset() {
      state = fresh()
      current = routes()
      control = controlRoutes()
    },
    config: () => state.config,
    configure(patch) {
      state.config = douyinFakeConfigSchema.parse({ ...state.config, ...(patch as object) })
      return state.config
    },
    applyPlatformFault({ action }) {
      const expired = clock.now() - 1
      if (action === 'expire-token') for (const grant of state.accessTokens.values()) grant.expiresAt = expired
      else if (action === 'expire-refresh-token') for (const grant of state.refreshTokens.values()) grant.expiresAt = expired
      else if (action === 'expire-upload') for (const upload of state.partUploads.values()) upload.createdAt = 0
      else throw new Error(`unknown douyin fault action ${action}`)
    },
    wrongMethod: () => openReply(state, DOUYIN_ERRORS.parameter),
    get controlRoutes() {
      return control
    },
  }
  return startFakeServer({ platform, port: args.port, host: args.host })
}

export { DOUYIN_PATHS } from './douyin/upload'
export type { DouyinFakeOptions } from './douyin/config'
