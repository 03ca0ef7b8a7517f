import type { FakeClock } from '../shared/clock'
import type { Ledger } from '../shared/ledger'
import type { WeiboFakeConfig } from './config'

export type WeiboFakeState = {
  config: WeiboFakeConfig
  clock: FakeClock
  ledger: Ledger
  seq: number
  /** Next status id: int64, beyond 2^53 on purpose. */
  nextStatusId: bigint
  tokens: Map<string, { uid: string; appKey: string; createdAt: number; expiresAt: number }>
  codes: Map<string, { redirectUri: string; used: boolean }>
  postTimes: number[]
  lastText?: string
}

export function createWeiboState(args: { config: WeiboFakeConfig; clock: FakeClock; ledger: Ledger }): WeiboFakeState {
  const state: WeiboFakeState = {
    ...args,
    seq: 0,
    nextStatusId: 5118000000000001001n,
    tokens: new Map(),
    codes: new Map(),
    postTimes: [],
  }
  if (args.config.seedToken) {
    const now = args.clock.now()
    state.tokens.set(args.config.seedToken, {
      uid: args.config.uid,
      appKey: args.config.appKey,
      createdAt: now,
      expiresAt: now + args.config.tokenTtlSeconds * 1000,
    })
  }
  return state
}
