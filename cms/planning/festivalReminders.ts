import type { Payload } from 'payload'
import { env } from '../../lib/env'
import { zonedDate } from '../../lib/zonedTime'
import { relationId } from '../content'
import type { Festival } from '../payload-types'
import { leadStart, nextOccurrence, ruleOf } from './festivalDates'
import { festivalReminderMessage } from './festivalReminderText'

export type FestivalReminderSent = { festival: Festival['id']; name: string; date: string; recipients: (string | number)[] }

/**
 * Once a day: for each enabled 节点 whose lead time has opened (its next date within `leadDays` of
 * today, in the team's zone), one notification per occurrence to its owner, or to every editor
 * when it has none (the admins when the team has no editor), with the date and the checklist.
 */
export async function sendFestivalReminders(args: { payload: Payload; now: Date }): Promise<FestivalReminderSent[]> {
  const { payload } = args
  const today = zonedDate({ at: args.now, timeZone: env.APP_TIMEZONE })
  const { docs } = await payload.find({
    collection: 'festivals',
    where: { enabled: { not_equals: false } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const sent: FestivalReminderSent[] = []
  for (const festival of docs) {
    const rule = ruleOf(festival)
    if (!rule) continue
    const date = nextOccurrence({ rule, from: today })
    if (today < leadStart({ date, leadDays: festival.leadDays }) || festival.remindedFor === date) continue
    if (!(await claimOccurrence({ payload, festival, date }))) continue
    const recipients = await recipientsOf({ payload, festival })
    const message = festivalReminderMessage({ name: festival.name, date, today, checklist: festival.checklist ?? [] })
    for (const recipient of recipients) {
      await payload.create({
        collection: 'notifications',
        overrideAccess: true,
        // No transaction of its own: on SQLite, two runs in one process would otherwise each hold one
        // open and wait on the other (Payload does not serialize them); the claim already decided who writes.
        disableTransaction: true,
        data: { recipient, kind: 'festival_lead', message, doc: { relationTo: 'festivals', value: festival.id }, read: false },
      })
    }
    payload.logger.info({ festival: festival.id, date, recipients: recipients.length }, 'festival lead time reminder sent')
    sent.push({ festival: festival.id, name: festival.name, date, recipients })
  }
  return sent
}

/**
 * Marks the occurrence as announced, only if nobody did meanwhile: a compare-and-set on remindedFor,
 * the write conditioned on the value this run read. It is one statement on every adapter: Payload's
 * SQL adapters run `UPDATE festivals SET reminded_for = ? WHERE id = ? AND reminded_for IS NULL / = ?`
 * (the where is kept on the UPDATE itself when it needs no join, as here), MongoDB a findOneAndUpdate.
 * SQLite runs one write at a time, so the second run's UPDATE sees the first's value and matches no
 * row; on Postgres the second UPDATE waits for the first's row lock and, under READ COMMITTED,
 * re-checks its WHERE against the committed row, so it matches none either. Only the run whose
 * write changed the row gets it back, and only that run notifies: at most once per occurrence (a
 * crash between this write and the notifications loses that reminder rather than sending it twice).
 */
async function claimOccurrence(args: { payload: Payload; festival: Festival; date: string }): Promise<boolean> {
  const { festival } = args
  const unchanged = festival.remindedFor ? { remindedFor: { equals: festival.remindedFor } } : { remindedFor: { exists: false } }
  const claimed: unknown = await args.payload.db.updateOne({
    collection: 'festivals',
    where: { and: [{ id: { equals: festival.id } }, unchanged] },
    data: { remindedFor: args.date, updatedAt: new Date().toISOString() },
  })
  return typeof claimed === 'object' && claimed !== null && (claimed as { remindedFor?: unknown }).remindedFor === args.date
}

async function recipientsOf(args: { payload: Payload; festival: Festival }): Promise<(string | number)[]> {
  const owner = relationId(args.festival.owner)
  if (owner !== null) return [owner]
  for (const role of ['editor', 'admin'] as const) {
    const { docs } = await args.payload.find({
      collection: 'users',
      where: { role: { equals: role } },
      pagination: false,
      depth: 0,
      select: { name: true },
      overrideAccess: true,
    })
    if (docs.length > 0) return docs.map((user) => user.id)
  }
  return []
}
