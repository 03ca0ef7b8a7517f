import { hasRole } from '../../access/roles'
import { TROUBLE_STATES } from '../../workflow/deliveryStates'
import type { HomeReader } from './homeReader'
import type { HomeData } from './homeTypes'
import { loadAwaitingOperator } from './loadAwaitingOperator'
import { loadCadenceWarning } from './loadCadenceWarning'
import { loadDeliveries } from './loadDeliveries'
import { loadFailureNotes } from './loadFailureNotes'
import { loadMyDrafts } from './loadMyDrafts'
import { loadReviewQueue } from './loadReviewQueue'
import { loadSlots } from './loadSlots'
import { loadWeekNumbers } from './loadWeekNumbers'
import { weekRange } from './weekRange'

/**
 * Everything the home page shows for the signed-in person, read with their access: editors and
 * admins see the team's slots, the review queue, hand-offs and failures; copywriters and designers
 * their own items' slots, their own drafts and the failures they were told of; whoever posts for
 * accounts (operators: theirs) the hand-offs waiting for them and the gaps in the coming week's rhythm.
 */
export async function loadHome(reader: HomeReader & { now: Date; timeZone: string }): Promise<HomeData> {
  const editorial = hasRole(reader.req.user, 'admin', 'editor')
  const range = weekRange({ now: reader.now, timeZone: reader.timeZone })
  const [week, drafts, reviewQueue, handoffs, awaitingOperator, failures, failureNotes, numbers, cadence] = await Promise.all([
    loadSlots({ ...reader, from: range.weekStart, to: range.weekEnd, everyone: editorial }),
    loadMyDrafts(reader),
    editorial ? loadReviewQueue(reader) : null,
    editorial ? loadDeliveries({ ...reader, states: ['manual'] }) : null,
    loadAwaitingOperator(reader),
    editorial ? loadDeliveries({ ...reader, states: TROUBLE_STATES }) : null,
    editorial ? [] : loadFailureNotes(reader),
    loadWeekNumbers({ ...reader, today: range.today, timeZone: reader.timeZone }).catch((error: unknown) => {
      reader.payload.logger.warn({ err: error }, 'home: this week’s numbers could not be read')
      return null
    }),
    loadCadenceWarning(reader),
  ])
  const isToday = (at: string) => at >= range.todayStart && at < range.tomorrowStart
  return {
    editorial,
    today: range.today,
    slotsToday: week.filter((slot) => isToday(new Date(slot.publishAt).toISOString())),
    slotsWeek: week.filter((slot) => !isToday(new Date(slot.publishAt).toISOString())),
    drafts,
    reviewQueue,
    handoffs,
    awaitingOperator,
    failures,
    failureNotes,
    numbers,
    cadence,
  }
}
