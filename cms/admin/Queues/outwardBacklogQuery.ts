import type { OutwardState } from '../../notify/outwardState'

/** How far back the card counts copies given up: last week's trouble, not the whole history. */
export const GIVEN_UP_DAYS = 7

/**
 * The notifications whose e-mail or 企业微信 copy is in `state` (created since `since`, when given), as
 * a REST query string; the admin's notification list takes the same `where`, so the card links there.
 */
export function outwardBacklogWhere(args: { state: Extract<OutwardState, 'pending' | 'failed'>; since?: Date }): string {
  const state = encodeURIComponent(args.state)
  const either = [`where[and][0][or][0][emailOutward][equals]=${state}`, `where[and][0][or][1][robotOutward][equals]=${state}`]
  const since = args.since ? [`where[and][1][createdAt][greater_than_equal]=${encodeURIComponent(args.since.toISOString())}`] : []
  return [...either, ...since].join('&')
}
