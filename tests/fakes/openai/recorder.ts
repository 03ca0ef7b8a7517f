/** What the fake received on one chat request, and how that request ended. */
export type RecordedChatRequest = {
  seq: number
  receivedAt: number
  path: string
  model: string | null
  messages: { role: string; content: string }[]
  stream: boolean
  includeUsage: boolean
  /** The `x-assist-task` header. */
  task: string | null
  authorization: string | null
  headers: Record<string, string>
  body: unknown
  status: number | null
  outcome: 'in-flight' | 'completed' | 'error' | 'disconnected'
  chunksSent: number
  /** When the client closed the connection before the answer was complete (a cancelled stream). */
  disconnectedAt: number | null
}

export type Recorder = {
  add(request: Omit<RecordedChatRequest, 'seq' | 'status' | 'outcome' | 'chunksSent' | 'disconnectedAt'>): RecordedChatRequest
  /** Call after changing a record, so that waiters re-check. */
  changed(): void
  all(): RecordedChatRequest[]
  waitFor(args: { until: (requests: RecordedChatRequest[]) => boolean; timeoutMs?: number }): Promise<RecordedChatRequest[]>
  clear(): void
}

export function createRecorder(): Recorder {
  let requests: RecordedChatRequest[] = []
  let waiters: { until: (requests: RecordedChatRequest[]) => boolean; resolve: (requests: RecordedChatRequest[]) => void }[] = []
  const snapshot = (): RecordedChatRequest[] => requests.map((request) => ({ ...request }))
  const notify = (): void => {
    const current = snapshot()
    const ready = waiters.filter((waiter) => waiter.until(current))
    waiters = waiters.filter((waiter) => !ready.includes(waiter))
    for (const waiter of ready) waiter.resolve(current)
  }
  return {
    add(request) {
      const record: RecordedChatRequest = {
        ...request,
        seq: requests.length + 1,
        status: null,
        outcome: 'in-flight',
        chunksSent: 0,
        disconnectedAt: null,
      }
      requests.push(record)
      notify()
      return record
    },
    changed: notify,
    all: snapshot,
    waitFor({ until, timeoutMs = 5_000 }) {
      const current = snapshot()
      if (until(current)) return Promise.resolve(current)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter.resolve !== done)
          reject(
            new Error(
              `openai fake: condition not met within ${timeoutMs} ms; requests: ${JSON.stringify(snapshot().map(({ seq, outcome, task }) => ({ seq, outcome, task })))}`,
            ),
          )
        }, timeoutMs)
        const done = (result: RecordedChatRequest[]): void => {
          clearTimeout(timer)
          resolve(result)
        }
        waiters.push({ until, resolve: done })
      })
    },
    clear() {
      requests = []
    },
  }
}
