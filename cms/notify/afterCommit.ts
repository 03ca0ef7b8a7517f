import type { PayloadRequest } from 'payload'

const POLL_MS = 100
/** A transaction open longer than this is treated as stuck: what it wrote is checked anyway. */
const GIVE_UP_MS = 120_000

/**
 * Resolves once the request's open transaction (if any) has ended, committed or rolled back. Payload
 * has no after-commit hook; its adapters keep each open transaction in `db.sessions` and remove it on
 * commit or rollback, so waiting for that entry to go is the after-commit point. The caller checks
 * afterwards whether what it cares about was committed.
 */
export async function transactionEnded(req: PayloadRequest): Promise<void> {
  const id = await req.transactionID
  if (id === undefined || id === null) return
  const started = Date.now()
  while (req.payload.db.sessions?.[id] && Date.now() - started < GIVE_UP_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
