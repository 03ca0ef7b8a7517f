import type { FakeClock } from '../shared/clock'
import type { Ledger } from '../shared/ledger'
import type { WechatFakeConfig } from './config'

export type FakeToken = { value: string; expiresAt: number }

export type FakeDraftArticle = Record<string, unknown> & { title: string; content: string }

export type WechatFakeState = {
  config: WechatFakeConfig
  clock: FakeClock
  ledger: Ledger
  seq: number
  stable?: FakeToken
  forceRefreshes: number[]
  classic: { current?: FakeToken; previous?: FakeToken }
  images: Map<string, { bytes: number }>
  materials: Map<string, { type: string; url: string }>
  drafts: Map<string, { articles: FakeDraftArticle[]; inDraftBox: boolean; updatedAt: number }>
  publishes: Map<
    string,
    {
      draftMediaId: string
      polls: number
      submittedAt: number
      finalStatus: number
      articleId?: string
      articleUrl?: string
    }
  >
  quotaUsed: Map<string, number>
}

export function createWechatState(args: { config: WechatFakeConfig; clock: FakeClock; ledger: Ledger }): WechatFakeState {
  return {
    ...args,
    seq: 0,
    forceRefreshes: [],
    classic: {},
    images: new Map(),
    materials: new Map(),
    drafts: new Map(),
    publishes: new Map(),
    quotaUsed: new Map(),
  }
}

export function nextId(state: WechatFakeState, prefix: string): string {
  state.seq += 1
  return `${prefix}${state.seq}`
}
