import type { Payload } from 'payload'
import type { Delivery } from '../payload-types'

/** How long a report waits for its send's answer to be recorded before it is called unknown. */
export const SEND_RECORD_WAIT_MS = 30_000
const RETRY_EVERY_MS = 250

const byJob = async (payload: Payload, accountId: string | number, jobId: string) =>
  (
    await payload.find({
      collection: 'deliveries',
      overrideAccess: true,
      depth: 0,
      limit: 1,
      where: { and: [{ account: { equals: accountId } }, { msgId: { equals: jobId } }] },
    })
  ).docs[0]

/** A send of this account whose answer (the job id) is not written yet: the report may be its. */
const sendStillRecording = async (payload: Payload, accountId: string | number) =>
  (
    await payload.count({
      collection: 'deliveries',
      overrideAccess: true,
      where: { and: [{ account: { equals: accountId } }, { state: { equals: 'sending' } }, { msgId: { exists: false } }] },
    })
  ).totalDocs > 0

/**
 * The delivery of this account whose send job is `jobId`, once its worker has finished recording the
 * send. The platform can report a small job before that (WeChat's MASSSENDJOBFINISH came 1 ms after
 * sendall returned): were the report to move the delivery while the worker still holds it in
 * `sending`, one of the two writes would lose to the other's compare-and-set and the links with it.
 * So while a send of the account is still being recorded the lookup waits for it, up to `waitMs`;
 * with none in flight an unknown job is answered at once.
 */
export async function findDeliveryOfSendJob(args: {
  payload: Payload
  accountId: string | number
  jobId: string
  waitMs?: number
}): Promise<Delivery | undefined> {
  const { payload, accountId, jobId } = args
  const until = Date.now() + (args.waitMs ?? SEND_RECORD_WAIT_MS)
  for (;;) {
    const found = await byJob(payload, accountId, jobId)
    if (Date.now() >= until) return found
    if (found ? found.state !== 'sending' : !(await sendStillRecording(payload, accountId))) return found
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS))
  }
}
