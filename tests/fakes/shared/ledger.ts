export type LedgerEntry = { seq: number; at: number; kind: string; data: Record<string, unknown> }
export type RequestRecord = { method: string; path: string }

/** What a fake received and committed: the proof that nothing was uploaded or posted twice. */
export type Ledger = {
  record(args: { kind: string; data: Record<string, unknown>; at: number }): LedgerEntry
  noteRequest(request: RequestRecord): void
  entries(): LedgerEntry[]
  requests(): RequestRecord[]
  clear(): void
}

export function createLedger(): Ledger {
  let entries: LedgerEntry[] = []
  let requests: RequestRecord[] = []
  return {
    record({ kind, data, at }) {
      const entry = { seq: entries.length + 1, at, kind, data }
      entries.push(entry)
      return entry
    },
    noteRequest(request) {
      requests.push(request)
    },
    entries: () => [...entries],
    requests: () => [...requests],
    clear() {
      entries = []
      requests = []
    },
  }
}
