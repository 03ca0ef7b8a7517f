import type { DeliveryState } from './deliveryStates'

/**
 * The delivery's moves (design.md §6) as one pure table: which event takes a delivery from which
 * states to which. Every state change goes through the compare-and-set writer (cms/delivery/
 * moveDelivery.ts), which applies this table, so a move the table does not allow never happens and
 * two writers racing on one delivery cannot both win. No payload import.
 */
export const DELIVERY_EVENTS = [
  'claim',
  'withdraw',
  'cancel',
  'accept',
  'hand_off',
  'await_operator',
  'publish',
  'confirm',
  'requeue',
  'fail',
  'need_reauth',
  'lose_track',
  'retry',
  'hold',
  'release',
] as const
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number]

export type DeliveryRule = { from: readonly DeliveryState[]; to: DeliveryState; label: { zh: string; en: string } }

export const DELIVERY_RULES: Record<DeliveryEvent, DeliveryRule> = {
  // A run takes a due delivery: the one write that decides which run may call the platform.
  claim: { from: ['queued'], to: 'sending', label: { zh: '开始发送', en: 'Claim' } },
  // The run's own checks before any platform call found it must not go (not approved, another revision).
  withdraw: { from: ['sending'], to: 'cancelled', label: { zh: '发送前撤回', en: 'Withdraw' } },
  // A person or a review change stops what has not started (a hand-off nobody posted yet included).
  cancel: { from: ['queued', 'held', 'awaiting_operator'], to: 'cancelled', label: { zh: '取消', en: 'Cancel' } },
  // The platform accepted it and works on it (or a read-back says it still does).
  accept: { from: ['sending', 'processing', 'unconfirmed'], to: 'processing', label: { zh: '平台处理中', en: 'Accepted' } },
  hand_off: { from: ['sending'], to: 'manual', label: { zh: '转人工发布', en: 'Hand off' } },
  // No posting API (小红书, 视频号, Douyin's share): the package waits for the operator with the phone.
  await_operator: { from: ['sending'], to: 'awaiting_operator', label: { zh: '交给运营发布', en: 'Hand to the operator' } },
  publish: { from: ['sending', 'processing', 'unconfirmed'], to: 'published', label: { zh: '发布成功', en: 'Published' } },
  // An operator pastes the link of a post finished or found in the back office (or posted from the phone).
  confirm: {
    from: ['manual', 'awaiting_operator', 'unconfirmed', 'processing'],
    to: 'published',
    label: { zh: '确认已发布', en: 'Confirm' },
  },
  // Nothing was posted (a retryable error, an interrupted run, a record proving the post never went).
  requeue: { from: ['sending', 'unconfirmed'], to: 'queued', label: { zh: '重新排队', en: 'Requeue' } },
  fail: { from: ['sending', 'processing', 'unconfirmed'], to: 'failed', label: { zh: '失败', en: 'Fail' } },
  need_reauth: { from: ['sending'], to: 'needs_reauth', label: { zh: '需重新授权', en: 'Needs re-authorisation' } },
  lose_track: { from: ['sending', 'processing'], to: 'unconfirmed', label: { zh: '结果不明', en: 'Outcome unknown' } },
  retry: { from: ['failed', 'needs_reauth', 'unconfirmed'], to: 'queued', label: { zh: '重试', en: 'Retry' } },
  // Its time passed while publishing was paused: a person decides (release or cancel), nothing goes blindly.
  hold: { from: ['queued'], to: 'held', label: { zh: '暂停后待决定', en: 'Hold' } },
  release: { from: ['held'], to: 'queued', label: { zh: '仍然发布', en: 'Release' } },
}

/** Where `event` takes a delivery in `state`, or null when the table does not allow it. */
export function deliveryTarget(args: { state: DeliveryState; event: DeliveryEvent }): DeliveryState | null {
  const rule = DELIVERY_RULES[args.event]
  return rule.from.includes(args.state) ? rule.to : null
}

/** The event that records a failure's final state (describeFailure decides the state). */
export function eventForFailureState(state: DeliveryState): DeliveryEvent {
  if (state === 'needs_reauth') return 'need_reauth'
  if (state === 'unconfirmed') return 'lose_track'
  return 'fail'
}
