import assert from 'node:assert/strict'
import { zonedDate } from '../../lib/zonedTime'
import { api } from '../helpers/rest'
import { ZONE } from './sharedApp'

/** Beijing date and time (HH:MM) whole minutes after now: the calendar's form takes whole minutes. */
export function beijingIn(minutes: number): { date: string; time: string; local: string; at: Date } {
  const at = new Date(Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000)
  const time = at.toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false })
  const date = zonedDate({ at, timeZone: ZONE })
  // `local`: the value of a datetime-local input.
  return { date, time, local: `${date}T${time}`, at }
}

/**
 * Moves a slot made in the browser (whole minutes ahead) to a few seconds from now through the REST API,
 * as a drag would: its job is rescheduled, so the test waits seconds for the worker instead of minutes.
 * Returns the new time.
 */
export async function moveSlotSoon(args: { url: string; token: string; entryId: string | number }): Promise<Date> {
  const at = new Date(Date.now() + 8000)
  const reply = await api({
    url: args.url,
    method: 'PATCH',
    path: `/api/calendar-entries/${args.entryId}`,
    token: args.token,
    body: { publishAt: at.toISOString() },
  })
  assert.equal(reply.status, 200, `moving slot ${args.entryId}: ${JSON.stringify(reply.body)}`)
  return at
}
