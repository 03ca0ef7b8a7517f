import type { Payload } from 'payload'
import { currentMatcher } from '../compliance/lexiconSource'
import { scanContent } from '../compliance/scanContent'
import { buildPublishRequest } from './buildPublishRequest'
import { describeFailure, refusedBeforeSending } from './describeFailure'
import { loadDelivery } from './loadDelivery'
import { publishContext } from './publishContext'
import { recordOutcome, updateDelivery } from './recordOutcome'

const PUBLISH_TIMEOUT_MS = 5 * 60 * 1000

/**
 * One attempt at a queued delivery: claim it, re-scan the pinned revision (the lexicon may have
 * changed since approval), render and prepare it for the platform, validate before any call, publish
 * (each remote id saved as it appears, so a retry resumes), and record the outcome or the failure
 * with what to do next. Returns when to poll again for platforms that answer later.
 */
export async function runDelivery(args: { payload: Payload; id: string | number }): Promise<{ pollAfterMs: number | null }> {
  const { payload, id } = args
  const claimed = await claim({ payload, id })
  if (!claimed) return { pollAfterMs: null }
  const loaded = await loadDelivery({ payload, id })
  if ('missing' in loaded) return fail({ payload, id, ...refusedBeforeSending(loaded.missing) })

  try {
    const blocking = scanContent({ matcher: await currentMatcher(payload), collection: loaded.content.relationTo, data: loaded.version }).filter((f) => f.severity === 'block')
    if (blocking.length > 0) {
      return fail({ payload, id, ...refusedBeforeSending(`定稿内容含有禁用词 ${[...new Set(blocking.map((f) => `「${f.word}」`))].join('、')}（词库在审核后有更新），已停止发布。`) })
    }
    const built = await buildPublishRequest({ payload, deliveryId: id, collection: loaded.content.relationTo, content: loaded.version, publisher: loaded.publisher, settings: loaded.settings })
    const problems = [...built.renderIssues.filter((i) => i.severity === 'error').map((i) => i.message), ...loaded.publisher.validate({ request: built.request }).filter((i) => i.severity === 'error').map((i) => i.message)]
    if (problems.length > 0) return fail({ payload, id, ...refusedBeforeSending(problems.join('；')) })

    const ctx = await publishContext({ payload, deliveryId: id, accountId: loaded.account.id as string | number, remoteIds: loaded.remoteIds, prepareBodyImage: built.readImageFor, signal: AbortSignal.timeout(PUBLISH_TIMEOUT_MS) })
    const outcome = await loaded.publisher.publish({ request: built.request, ctx })
    return recordOutcome({ payload, id, content: loaded.content, outcome })
  } catch (error) {
    payload.logger.warn({ delivery: id, err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, 'delivery failed')
    return fail({ payload, id, ...describeFailure(error) })
  }
}

/** A processing delivery asks the platform how it went. */
export async function pollDelivery(args: { payload: Payload; id: string | number; attempt: number }): Promise<{ pollAfterMs: number | null }> {
  const { payload, id } = args
  const loaded = await loadDelivery({ payload, id })
  if ('missing' in loaded || loaded.delivery.state !== 'processing' || !loaded.publisher.checkStatus) return { pollAfterMs: null }
  try {
    const ctx = await publishContext({ payload, deliveryId: id, accountId: loaded.account.id as string | number, remoteIds: loaded.remoteIds, prepareBodyImage: async (f) => f, signal: AbortSignal.timeout(60_000) })
    const outcome = await loaded.publisher.checkStatus({ remoteIds: loaded.remoteIds, ctx, attempt: args.attempt })
    return recordOutcome({ payload, id, content: loaded.content, outcome })
  } catch (error) {
    return fail({ payload, id, ...describeFailure(error) })
  }
}

async function claim(args: { payload: Payload; id: string | number }): Promise<boolean> {
  const delivery = await args.payload.findByID({ collection: 'deliveries', id: args.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!delivery || delivery.state !== 'queued') return false
  await updateDelivery({ payload: args.payload, id: args.id, data: { state: 'sending', attempts: Number(delivery.attempts ?? 0) + 1, sentAt: new Date().toISOString() } })
  return true
}

async function fail(args: { payload: Payload; id: string | number; state: string; lastError: unknown }): Promise<{ pollAfterMs: null }> {
  await updateDelivery({ payload: args.payload, id: args.id, data: { state: args.state, lastError: args.lastError } })
  return { pollAfterMs: null }
}
