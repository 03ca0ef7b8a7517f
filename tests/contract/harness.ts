import { describe, test } from 'node:test'
import { createMemoryLogger } from '../../publishers/core/logger'
import type { LogEntry } from '../../publishers/core/logger'
import { createTokenProvider } from '../../publishers/core/tokens/tokenProvider'
import type { TokenProvider } from '../../publishers/core/tokens/tokenProvider'
import { createMemoryTokenStore } from '../../publishers/core/tokens/tokenStore'
import type { AssetBytes, AssetRef, PublishContext, RemoteIds } from '../../publishers/core/types'

/** The one scenario list every adapter's contract suite must cover (the type makes a missing one a compile error). */
export const CONTRACT_SCENARIOS = [
  'happy path: publishes and reports every remote id as soon as it exists',
  'validate(): limits refused before any network call, messages name the limit',
  'error class: auth expired',
  'error class: re-auth required',
  'error class: rate limited (with retry-after)',
  'error class: quota exceeded',
  'error class: content rejected (platform reason in Chinese)',
  'error class: transient (5xx before commit), then a retry publishes once',
  'error class: config / permission',
  'token expiry mid-flow refreshes once and continues',
  'crash after each step resumes without repeating (ledger)',
  'commit-then-timeout ends as OutcomeUnknownError, never a second post',
  'malformed reply after commit ends as OutcomeUnknownError',
  'manual outcome (publish by hand, with a link)',
  'async status: processing until final',
] as const
export type ContractScenarioName = (typeof CONTRACT_SCENARIOS)[number]

export type ContractScenario = (() => Promise<void>) | { notApplicable: string }

export function defineContractSuite(args: { name: string; scenarios: Record<ContractScenarioName, ContractScenario> }): void {
  describe(`${args.name} contract`, () => {
    for (const name of CONTRACT_SCENARIOS) {
      const scenario = args.scenarios[name]
      if (typeof scenario === 'function') test(name, scenario)
      else test(name, { skip: `not applicable: ${scenario.notApplicable}` }, () => {})
    }
  })
}

export class SimulatedCrash extends Error {
  constructor(key: string) {
    super(`simulated crash right after recording ${key}`)
    this.name = 'SimulatedCrash'
  }
}

export type TestContext = { ctx: PublishContext; recorded: Record<string, string>; logs: LogEntry[] }

/**
 * A PublishContext as the worker would build it: records every remote id; with `crashAfterRecords: k`
 * the k-th record is persisted and then the "process dies" (SimulatedCrash).
 */
export function createTestContext(args: {
  credentials: unknown
  remoteIds?: RemoteIds
  crashAfterRecords?: number
  assets?: Record<string, AssetBytes>
  tokens?: TokenProvider
  onRecord?: (args: { key: string; value: string }) => Promise<void>
  signal?: AbortSignal
}): TestContext {
  const recorded: Record<string, string> = { ...args.remoteIds }
  const { logger, entries } = createMemoryLogger()
  let records = 0
  const readAsset = async (ref: AssetRef): Promise<AssetBytes> => {
    const key = ref.kind === 'media' ? ref.id : ref.url
    const asset = args.assets?.[key]
    if (asset === undefined) throw new Error(`test asset ${key} missing`)
    return asset
  }
  const ctx: PublishContext = {
    credentials: args.credentials,
    tokens: args.tokens ?? createTokenProvider({ store: createMemoryTokenStore() }),
    remoteIds: { ...args.remoteIds },
    async onRemoteId({ key, value }) {
      recorded[key] = value
      records += 1
      await args.onRecord?.({ key, value })
      if (args.crashAfterRecords !== undefined && records >= args.crashAfterRecords) throw new SimulatedCrash(key)
    },
    signal: args.signal ?? new AbortController().signal,
    logger,
    readImage: readAsset,
    readVideo: readAsset,
  }
  return { ctx, recorded, logs: entries }
}
