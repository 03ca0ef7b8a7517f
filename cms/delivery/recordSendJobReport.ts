import type { Payload } from 'payload'
import type { SendJobReport } from '../../publishers'
import { contentRefOf } from '../content'
import { readRemoteIds } from './deliveryJson'
import { findDeliveryOfSendJob } from './findDeliveryOfSendJob'
import { noteDelivery } from './moveDelivery'
import { writeBundleUrls } from './moveFollowUps'
import { articleUrlsOf, bundleLinkIds } from './pushColumns'
import { recordOutcome } from './recordOutcome'

/** What a platform's report on a send job says, as kept in the delivery's `massResult`. */
function massResultOf(report: SendJobReport): Record<string, unknown> {
  return {
    succeeded: report.succeeded,
    statusText: report.statusText,
    counts: report.counts,
    raw: report.raw,
    at: new Date().toISOString(),
  }
}

/**
 * A finished send job reported by the platform (its callback): the delivery of this account whose
 * `msgId` is the job's gets the per-article links and the report, and moves processing → published
 * (or failed, with the platform's status in words) through the state writer; the content is marked
 * published as on the normal path (a report that outruns the send's own record waits for it). A delivery a status check already settled keeps its state and only
 * gains the links and the report. Returns the delivery's id, or null when no delivery has this job.
 */
export async function recordSendJobReport(args: {
  payload: Payload
  accountId: string | number
  report: SendJobReport
}): Promise<string | number | null> {
  const { payload, report } = args
  const delivery = await findDeliveryOfSendJob({ payload, accountId: args.accountId, jobId: report.jobId })
  const content = delivery ? contentRefOf(delivery.content) : null
  if (!delivery || !content) return null
  const bundle = delivery.bundle ?? []
  const known = readRemoteIds(delivery.remoteIds)
  const urls = articleUrlsOf({ articleUrls: report.articleUrls, remoteIds: known, count: 1 + bundle.length })
  const remoteIds = { ...known, ...(urls[0] === undefined ? {} : { url: urls[0] }), ...bundleLinkIds(urls) }
  const massResult = massResultOf(report)
  if (delivery.state === 'processing' || delivery.state === 'unconfirmed' || delivery.state === 'sending') {
    await recordOutcome({
      payload,
      id: delivery.id,
      content,
      massResult,
      delivery,
      from: delivery.state,
      outcome: report.succeeded
        ? { state: 'published', url: urls[0], articleUrls: urls, remoteIds }
        : { state: 'failed', reason: report.statusText, remoteIds },
    })
    return delivery.id
  }
  // Settled already (a status check got there first): the links and the report are still news.
  await noteDelivery({
    payload,
    id: delivery.id,
    data: {
      remoteIds,
      massResult,
      ...(delivery.state === 'published' && urls[0] && !delivery.url ? { url: urls[0] } : {}),
    },
  })
  if (delivery.state === 'published') await writeBundleUrls({ payload, id: delivery.id, bundle, urls })
  return delivery.id
}
