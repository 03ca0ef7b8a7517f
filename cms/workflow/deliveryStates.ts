/**
 * Delivery states (design.md §6), plus `manual` (the platform needs a person to finish in its back
 * office) and `held` (its time passed while publishing was paused: someone decides). Pure.
 */
export const DELIVERY_STATE_LABELS = {
  queued: { zh: '排队中', en: 'Queued' },
  sending: { zh: '发送中', en: 'Sending' },
  processing: { zh: '平台处理中', en: 'Processing' },
  manual: { zh: '待人工发布', en: 'Needs a manual step' },
  awaiting_operator: { zh: '待运营发布', en: 'Awaiting the operator' },
  published: { zh: '已发布', en: 'Published' },
  failed: { zh: '失败', en: 'Failed' },
  needs_reauth: { zh: '需重新授权', en: 'Needs re-authorisation' },
  unconfirmed: { zh: '结果待确认', en: 'Unconfirmed' },
  held: { zh: '暂停后待决定', en: 'Held after a pause' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const
export type DeliveryState = keyof typeof DELIVERY_STATE_LABELS
export const DELIVERY_STATES = Object.keys(DELIVERY_STATE_LABELS) as DeliveryState[]

/** A delivery in one of these still holds its content × account slot: no second one may start. */
export const ACTIVE_DELIVERY_STATES: DeliveryState[] = [
  'queued',
  'sending',
  'processing',
  'manual',
  'awaiting_operator',
  'unconfirmed',
  'held',
]

/** States that need a person (failed, outcome unknown, re-authorisation, held after a pause): the owner and approver are told. */
export const TROUBLE_STATES: readonly DeliveryState[] = ['failed', 'unconfirmed', 'needs_reauth', 'held']

/** States a run passes through: its next move writes what follows them again. */
const PASSING_STATES: readonly DeliveryState[] = ['queued', 'sending', 'processing']

/**
 * States a delivery stays in until a person or a platform moves it on: what follows a move into one (the
 * calendar entry, the notifications) is shown for as long as it rests there, so it must not be lost.
 * Every state but the passing ones, so that a state added later is kept safe without being listed here.
 */
export const RESTING_STATES: readonly DeliveryState[] = DELIVERY_STATES.filter((state) => !PASSING_STATES.includes(state))

/** States an editor may retry from (a held one is released instead). */
export const RETRYABLE_STATES: readonly DeliveryState[] = ['failed', 'unconfirmed', 'needs_reauth']
