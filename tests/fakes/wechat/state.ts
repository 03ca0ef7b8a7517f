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
  masses: Map<string, FakeMassJob>
  /** clientmsgid → the job it sent and the last attempt with it (the 24-hour table of wechat.md §9.8). */
  clientMsgIds: Map<string, { msgId: string; firstAt: number; lastAttemptAt: number }>
  /** Platform fault `bad-callback-signature`: how many coming callbacks are signed with a wrong token. */
  badSignatures: number
}

export type FakeMassStatus = 'SENDING' | 'SEND_SUCCESS' | 'SEND_FAIL' | 'DELETE'

export type FakeMassJob = {
  msgId: string
  msgDataId: string
  draftMediaId: string
  articles: FakeDraftArticle[]
  clientMsgId?: string
  filter: Record<string, unknown>
  status: FakeMassStatus
  finalStatus: 'SEND_SUCCESS' | 'SEND_FAIL'
  gets: number
  sentAt: number
  /** Followers reached and missed (service accounts: past 4 this month count as missed). */
  sent: number
  errors: number
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
    masses: new Map(),
    clientMsgIds: new Map(),
    badSignatures: 0,
  }
}

export function nextId(state: WechatFakeState, prefix: string): string {
  state.seq += 1
  return `${prefix}${state.seq}`
}
