import { z } from 'zod'

/**
 * Faults a test asks a fake to inject on the next request(s) to `path` ('*' = any platform path).
 * Before commit: latency, an HTTP status (5xx with an HTML page), a canned platform reply (token or quota
 * error), a platform state change (e.g. expire the token), a dropped connection.
 * After commit: hang (never answer), drop the connection, a malformed body, a canned reply (Weibo 20032), or the
 * true answer sent late (`delay-after-commit`: the platform acted at once, the caller may have given up waiting).
 */
export const faultSchema = z.intersection(
  z.object({ path: z.string().default('*'), times: z.number().int().positive().default(1) }),
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('latency'), ms: z.number().int().nonnegative() }),
    z.object({ kind: z.literal('status'), status: z.number().int().min(400).max(599) }),
    z.object({ kind: z.literal('reply'), status: z.number().int().default(200), json: z.unknown() }),
    z.object({ kind: z.literal('platform'), action: z.string() }),
    z.object({ kind: z.literal('destroy-before-commit') }),
    z.object({ kind: z.literal('hang-after-commit') }),
    z.object({ kind: z.literal('destroy-after-commit') }),
    z.object({ kind: z.literal('malformed-after-commit') }),
    z.object({ kind: z.literal('reply-after-commit'), status: z.number().int().default(200), json: z.unknown() }),
    z.object({ kind: z.literal('delay-after-commit'), ms: z.number().int().nonnegative() }),
  ]),
)
export type Fault = z.infer<typeof faultSchema>
export type FaultInput = z.input<typeof faultSchema>

const AFTER_COMMIT = new Set([
  'hang-after-commit',
  'destroy-after-commit',
  'malformed-after-commit',
  'reply-after-commit',
  'delay-after-commit',
])

export type FaultQueue = {
  add(faults: readonly Fault[]): void
  /** Consumes one use of each matching fault of the phase. */
  take(args: { path: string; phase: 'before' | 'after' }): Fault[]
  clear(): void
  pending(): Fault[]
}

export function createFaultQueue(): FaultQueue {
  let faults: Fault[] = []
  return {
    add(more) {
      faults.push(...more.map((fault) => ({ ...fault })))
    },
    take({ path, phase }) {
      const taken: Fault[] = []
      for (const fault of faults) {
        const matches = (fault.path === '*' || fault.path === path) && AFTER_COMMIT.has(fault.kind) === (phase === 'after')
        if (!matches) continue
        taken.push(fault)
        fault.times -= 1
      }
      faults = faults.filter((fault) => fault.times > 0)
      return taken
    },
    clear() {
      faults = []
    },
    pending: () => faults.map((fault) => ({ ...fault })),
  }
}
