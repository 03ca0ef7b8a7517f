import type { Payload } from 'payload'
import { errorSummary } from '../../lib/errorSummary'
import { PublishError } from '../../publishers'
import { currentMatcher } from '../compliance/lexiconSource'
import { relationId } from '../content'
import { blockedBeforePublish } from '../compliance/blockedBeforePublish'
import { buildPublishRequest } from './buildPublishRequest'
import { claimDelivery } from './claimDelivery'
import { afterThePost } from '../database/databaseTurns'
import { DONE, later, type DeliveryStep } from './deliveryStep'
import { type DeliveryError, describeFailure, refusalOf, refusedBeforeSending } from './describeFailure'
import { loadDelivery } from './loadDelivery'
import { publishContext } from './publishContext'
import { forget, remember } from './readCache'
import { eventForFailureState } from '../workflow/delivery'
import type { DeliveryState } from '../workflow/deliveryStates'
import type { Delivery } from '../payload-types'
import { readDelivery } from './readDelivery'
import { approvedRevisionCheck } from './approvedRevisionCheck'
import { moveDelivery } from './moveDelivery'
import { pauseInForce, pauseMessage } from './publishingPause'
import { pushRequestOf } from './pushRequest'
import { recordOutcome } from './recordOutcome'
import { PAUSE_RECHECK_MS, pausedNote, waitOutPause } from './waitOutPause'
import { MAX_RUNS } from './retryPolicy'
import { settleFailure } from './settleFailure'
import { titleVariantProblem } from './titleVariantCheck'

const PUBLISH_TIMEOUT_MS = 5 * 60 * 1000

/**
 * One run of a queued delivery: claim it (compare-and-set, so only one run ever calls the platform),
 * re-scan the pinned revision (the lexicon may have changed since approval), render and prepare it,
 * validate before any call, publish (each remote id saved as it appears, so a later run resumes), and
 * record the outcome. Returns what the scheduler should do next (poll, retry, or nothing).
 */
export async function runDelivery(args: {
  payload: Payload
  id: string | number
  signal?: AbortSignal
  delivery?: Delivery
}): Promise<DeliveryStep> {
  const { payload, id } = args
  const current = args.delivery ?? (await readDelivery({ payload, id }))
  if (!current || current.state !== 'queued') return DONE
  const paused = await waitOutPause({ payload, delivery: current })
  if (paused) return paused
  const claimed = await claimDelivery({ payload, id, current })
  if (!claimed) return DONE
  if (claimed.attempts > MAX_RUNS)
    return fail({
      payload,
      id,
      ...refusedBeforeSending({ message: `已自动尝试 ${MAX_RUNS} 次仍未完成，已停止自动重试：请查看错误后手动重试。`, fixAt: 'system' }),
    })
  const loaded = await loadDelivery({ payload, id, delivery: current })
  if ('missing' in loaded) return fail({ payload, id, ...refusedBeforeSending({ message: loaded.missing, fixAt: loaded.fixAt }) })
  const notApproved = await approvedRevisionCheck({
    payload,
    content: loaded.content,
    revision: String(loaded.delivery.revision),
    versionParent: loaded.versionParent,
  })
  if (notApproved) return withdraw({ payload, id, reason: `${notApproved}：这条发布已撤回，没有发送到平台。` })
  // Every article of a push goes out only at its pinned approved revision: one that lost it withdraws the whole push.
  for (const item of loaded.bundle) {
    const memberNotApproved = await approvedRevisionCheck({
      payload,
      content: item.content,
      revision: item.revision,
      versionParent: item.versionParent,
    })
    if (memberNotApproved)
      return withdraw({ payload, id, reason: `次条${memberNotApproved}：整条群发已撤回，没有发送到平台。需重新审核后再排期。` })
  }

  let prepared
  try {
    // The lexicon's version is checked at most every few seconds (an edit applies to runs after that).
    const campaign = 'campaign' in loaded.version ? loaded.version.campaign : undefined
    const matcher = await remember({
      key: `lexicon:${String(relationId(campaign) ?? '-')}`,
      ttlMs: 5000,
      load: () => currentMatcher(payload, { campaign }),
    })
    // The lead and every bundle article (次条), each scanned as itself, media alt text included.
    const blocked = await blockedBeforePublish({
      payload,
      matcher,
      items: [
        { collection: loaded.content.relationTo, data: loaded.version, title: loaded.version.title, role: 'lead' },
        ...loaded.bundle.map((item) => ({
          collection: 'articles' as const,
          data: item.version,
          title: item.version.title,
          role: 'bundle' as const,
        })),
      ],
    })
    if (blocked) return fail({ payload, id, ...refusedBeforeSending({ message: blocked, fixAt: 'content' }) })
    // The slot's title test: the candidate must exist in the pinned revision, or nothing goes (never another title).
    const titleProblem = titleVariantProblem({
      collection: loaded.content.relationTo,
      data: loaded.version,
      title: loaded.version.title,
      variant: loaded.delivery.titleVariant,
    })
    if (titleProblem)
      return fail({ payload, id, ...refusedBeforeSending({ message: `${titleProblem}没有发送到平台。`, fixAt: 'content' }) })
    const built = await buildPublishRequest({
      payload,
      deliveryId: id,
      collection: loaded.content.relationTo,
      content: loaded.version,
      publisher: loaded.publisher,
      settings: loaded.settings,
      actorIp: loaded.delivery.actorIp,
      titleVariant: loaded.delivery.titleVariant,
      bundle: loaded.bundle.map((item) => ({ contentId: String(item.content.value), version: item.version })),
      push: pushRequestOf({
        delivery: loaded.delivery,
        platform: loaded.account.platform,
        settings: loaded.settings,
        remoteIds: loaded.remoteIds,
      }),
    })
    const refusal = refusalOf({
      problems: [...built.renderIssues, ...loaded.publisher.validate({ request: built.request })],
      account: loaded.account,
    })
    if (refusal) {
      // Fixed in the account, then retried: that run must read the account anew.
      if (refusal.lastError.fixAt === 'account') forget(`account:${String(loaded.account.id)}`)
      return fail({ payload, id, ...refusal })
    }
    const signal = args.signal
      ? AbortSignal.any([args.signal, AbortSignal.timeout(PUBLISH_TIMEOUT_MS)])
      : AbortSignal.timeout(PUBLISH_TIMEOUT_MS)
    // Checked again just before the first platform call: preparing can take a while.
    const pause = await pauseInForce({ payload, accountId: loaded.account.id })
    if (pause) {
      await moveDelivery({
        payload,
        id,
        event: 'requeue',
        from: 'sending',
        data: { attempts: claimed.attempts - 1, lastError: pausedNote({ message: pauseMessage(pause), at: new Date().toISOString() }) },
      })
      return later({ afterMs: PAUSE_RECHECK_MS, reason: 'paused' })
    }
    const ctx = await publishContext({
      payload,
      deliveryId: id,
      accountId: loaded.account.id,
      remoteIds: loaded.remoteIds,
      prepareBodyImage: built.readImageFor,
      signal,
    })
    prepared = { request: built.request, ctx }
  } catch (error) {
    // Nothing was sent yet: a failure to prepare is final (it would fail the same way again).
    payload.logger.warn({ delivery: id, err: errorSummary(error) }, 'delivery could not be prepared')
    return fail({ payload, id, ...describeFailure(error, { account: loaded.account }) })
  }

  let outcome
  try {
    outcome = await loaded.publisher.publish(prepared)
  } catch (error) {
    payload.logger.warn({ delivery: id, err: errorSummary(error) }, 'delivery attempt failed')
    // The operator fixes the account and presses retry: that run must read the account anew.
    if (error instanceof PublishError && error.fixAt === 'account')
      forget(`account:${String(loaded.account.id)}`, `credentials:${String(loaded.account.id)}`)
    return settleFailure({ payload, id, error, attempts: claimed.attempts, publisher: loaded.publisher.id, account: loaded.account })
  }
  const { pollAfterMs } = await afterThePost(() =>
    recordOutcome({ payload, id, content: loaded.content, outcome, delivery: loaded.delivery }),
  )
  return pollAfterMs === null ? DONE : later({ afterMs: pollAfterMs, reason: 'poll' })
}

async function fail(args: {
  payload: Payload
  id: string | number
  state: DeliveryState
  lastError: DeliveryError
}): Promise<DeliveryStep> {
  await moveDelivery({
    payload: args.payload,
    id: args.id,
    event: eventForFailureState(args.state),
    from: 'sending',
    data: { lastError: args.lastError },
  })
  return DONE
}

/** sending → cancelled before any platform call: the delivery must not go at all (not a failure to retry). */
async function withdraw(args: { payload: Payload; id: string | number; reason: string }): Promise<DeliveryStep> {
  args.payload.logger.warn({ delivery: args.id, reason: args.reason }, 'delivery withdrawn before sending')
  const lastError: DeliveryError = {
    kind: 'withdrawn',
    code: null,
    message: args.reason,
    action: '没有发送任何内容。需要发布时，请在内容审核通过后从定稿重新发布。',
    retryable: false,
    fixAt: 'content',
    at: new Date().toISOString(),
  }
  await moveDelivery({ payload: args.payload, id: args.id, event: 'withdraw', data: { lastError } })
  return DONE
}
