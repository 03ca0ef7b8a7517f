import type { FakeClock } from '../shared/clock'
import type { Ledger } from '../shared/ledger'
import type { ToutiaoFakeConfig } from './config'

export type FakeGrant = { openId: string; scope: string; expiresAt: number }

export type ToutiaoFakeState = {
  config: ToutiaoFakeConfig
  clock: FakeClock
  ledger: Ledger
  seq: number
  accessTokens: Map<string, FakeGrant>
  refreshTokens: Map<string, FakeGrant>
  codes: Map<string, { redirectUri: string; used: boolean }>
  videos: Map<string, { openId: string; bytes: number; itemId?: string }>
}

export function createToutiaoState(args: { config: ToutiaoFakeConfig; clock: FakeClock; ledger: Ledger }): ToutiaoFakeState {
  const state: ToutiaoFakeState = {
    ...args,
    seq: 0,
    accessTokens: new Map(),
    refreshTokens: new Map(),
    codes: new Map(),
    videos: new Map(),
  }
  const now = args.clock.now()
  const grant = (ttl: number): FakeGrant => ({ openId: args.config.openId, scope: args.config.scope, expiresAt: now + ttl * 1000 })
  if (args.config.seedAccessToken) state.accessTokens.set(args.config.seedAccessToken, grant(args.config.accessTtlSeconds))
  if (args.config.seedRefreshToken) state.refreshTokens.set(args.config.seedRefreshToken, grant(args.config.refreshTtlSeconds))
  return state
}
