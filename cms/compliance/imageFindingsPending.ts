import type { Payload } from 'payload'

/** An upload's own job normally reads it within seconds; the worker's sweep only picks up what that job missed. */
const UNTOUCHED_FOR_MS = 60_000
const SWEEP_BATCH = 100

/** Media whose text is waiting to be read and has waited a minute or more (a lost job, Redis down at upload). */
export async function mediaAwaitingTextRecognition(payload: Payload): Promise<(string | number)[]> {
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      and: [{ 'ocr.status': { equals: 'pending' } }, { updatedAt: { less_than: new Date(Date.now() - UNTOUCHED_FOR_MS).toISOString() } }],
    },
    sort: 'updatedAt',
    depth: 0,
    limit: SWEEP_BATCH,
    overrideAccess: true,
    select: { updatedAt: true },
  })
  return docs.map((doc) => doc.id)
}
