import type { FaultInput } from './faults'
import type { LedgerEntry, RequestRecord } from './ledger'

/** The test API of a running fake, over HTTP (the same API a demo operator can curl). */
export type FakeControl = {
  ledger(): Promise<{ entries: LedgerEntry[]; requests: RequestRecord[] }>
  entries(kind: string): Promise<LedgerEntry[]>
  requests(): Promise<RequestRecord[]>
  addFaults(faults: FaultInput | FaultInput[]): Promise<void>
  clearFaults(): Promise<void>
  reset(): Promise<void>
  configure(patch: Record<string, unknown>): Promise<unknown>
  advanceClock(ms: number): Promise<void>
}

export function createFakeControl(baseUrl: string): FakeControl {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`)
    return response.json()
  }
  const ledger = async () => (await call('GET', '/__ledger')) as { entries: LedgerEntry[]; requests: RequestRecord[] }
  return {
    ledger,
    entries: async (kind) => (await ledger()).entries.filter((entry) => entry.kind === kind),
    requests: async () => (await ledger()).requests,
    addFaults: async (faults) => {
      await call('POST', '/__faults', faults)
    },
    clearFaults: async () => {
      await call('DELETE', '/__faults')
    },
    reset: async () => {
      await call('POST', '/__reset', {})
    },
    configure: (patch) => call('POST', '/__config', patch),
    advanceClock: async (ms) => {
      await call('POST', '/__clock', { advanceMs: ms })
    },
  }
}
