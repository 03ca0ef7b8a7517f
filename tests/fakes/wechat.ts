import { createFakeClock } from './shared/clock'
import { startFakeServer } from './shared/fakeServer'
import type { FakePlatform, RunningFake } from './shared/fakeServer'
import { createLedger } from './shared/ledger'
import { wechatFakeConfigSchema } from './wechat/config'
import type { WechatFakeOptions } from './wechat/config'
import { wechatDatacubeRoutes } from './wechat/datacube'
import { wechatDraftRoutes } from './wechat/draft'
import { wechatMassRoutes } from './wechat/mass'
import { finishMassJobs } from './wechat/massJobs'
import { wechatMediaRoutes } from './wechat/media'
import { wechatPublishRoutes } from './wechat/publish'
import { wxError } from './wechat/replies'
import { createWechatState } from './wechat/state'
import type { WechatFakeState } from './wechat/state'
import { expireTokens, wechatTokenRoutes } from './wechat/tokens'

/**
 * A local WeChat Official Account API (wechat.md): stable/classic tokens, uploadimg, add_material, draft/*,
 * freepublish/* with its async status machine, message/mass/* (sendall, send, preview, get, delete) with the
 * clientmsgid table, mass quotas and the MASSSENDJOBFINISH callback, datacube statistics of what it issued
 * (wechat/datacube.ts), daily quotas, and the shared test API and faults.
 * Platform fault actions: `expire-token`, `finish-mass-jobs` (every sending job finishes now), `bad-callback-signature`
 * (the next callback is signed with a wrong token).
 */
export async function startWechatFake(args: { port?: number; host?: string; options?: WechatFakeOptions } = {}): Promise<RunningFake> {
  const clock = createFakeClock()
  const ledger = createLedger()
  const initial = args.options ?? {}
  const fresh = (): WechatFakeState => createWechatState({ config: wechatFakeConfigSchema.parse(initial), clock, ledger })
  let state = fresh()
  const routes = () => [
    ...wechatTokenRoutes(state),
    ...wechatMediaRoutes(state),
    ...wechatDraftRoutes(state),
    ...wechatPublishRoutes(state),
    ...wechatMassRoutes(state),
    ...wechatDatacubeRoutes(state),
  ]
  let current = routes()
  const platform: FakePlatform = {
    name: 'wechat',
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
      state.config = wechatFakeConfigSchema.parse({ ...state.config, ...(patch as object) })
      return state.config
    },
    applyPlatformFault({ action }) {
      if (action === 'expire-token') expireTokens(state)
      else if (action === 'finish-mass-jobs') finishMassJobs(state)
      else if (action === 'bad-callback-signature') state.badSignatures += 1
      else throw new Error(`unknown wechat fault action ${action}`)
    },
    wrongMethod: () => wxError(43002, 'require POST method'),
  }
  return startFakeServer({ platform, port: args.port, host: args.host })
}

export type { WechatFakeOptions } from './wechat/config'
