import { PLATFORM_PROFILES, isPlatformId } from '../../lib/platforms'
import { DELIVERY_STATE_LABELS, type DeliveryState } from '../workflow/deliveryStates'
import { REVIEW_EVENTS, REVIEW_RULES, type ReviewEvent } from '../workflow/review'
import { REVIEW_STATE_LABELS, type ReviewState } from '../workflow/reviewStates'

/**
 * The admin's labels, read from where each thing is defined (platform profiles, the review table,
 * the state lists) instead of copied per component. Chinese, as the admin shows them.
 */

/** The short name editors use (公众号, 微博, 头条号); an unknown value is shown as it is. */
export function platformLabel(platform: string): string {
  return isPlatformId(platform) ? PLATFORM_PROFILES[platform].shortLabel.zh : platform
}

const isReviewEvent = (event: string): event is ReviewEvent => REVIEW_EVENTS.some((known) => known === event)

/** A review-log event (提交审核, 驳回修改…); an event no longer in the table is shown as it was logged. */
export function reviewEventLabel(event: string): string {
  return isReviewEvent(event) ? REVIEW_RULES[event].label.zh : event
}

export function reviewStateLabel(state: ReviewState): string {
  return REVIEW_STATE_LABELS[state]?.zh ?? state
}

export function deliveryStateLabel(state: DeliveryState): string {
  return DELIVERY_STATE_LABELS[state]?.zh ?? state
}

export { LEXICON_CATEGORY_LABELS, lexiconCategoryCode, lexiconCategoryLabel } from '../collections/SensitiveWords/categories'

/** Zones Chinese teams call by their everyday name rather than the name Intl gives them (中国标准时间). */
const EVERYDAY_ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Shanghai': '北京时间',
  'Asia/Chongqing': '北京时间',
  'Asia/Hong_Kong': '香港时间',
  UTC: 'UTC 时间',
}

/** A time zone as people say it: Asia/Shanghai → 北京时间, America/New_York → 北美东部时间 (the zone id when Intl knows no name). */
export function timezoneLabel(zone: string, at: Date = new Date()): string {
  if (EVERYDAY_ZONE_NAMES[zone]) return EVERYDAY_ZONE_NAMES[zone]
  try {
    const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(at)
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone
  } catch {
    return zone
  }
}
