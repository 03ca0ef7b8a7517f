import type { Where } from 'payload'
import { assignedAccounts } from '../../access/accountAssignment'
import { contentRefOf } from '../../content'
import { isHandoffLate } from '../../delivery/handoffLate'
import { HANDOFF_POPULATE, handoffDueAt } from '../Handoff/handoffReads'
import { asReader, type HomeReader } from './homeReader'
import type { OperatorHandoffRow } from './homeTypes'

const related = <T extends object>(value: unknown): T | null => (typeof value === 'object' && value !== null ? (value as T) : null)

/**
 * 待发布（交给运营）: deliveries waiting for a person to post from the phone, on the accounts the person
 * posts for (an operator: the accounts assigned to them; editors and admins: every account), the ones
 * due earliest first, each flagged when it is late. null for people who post for no account.
 */
export async function loadAwaitingOperator(reader: HomeReader & { now: Date }): Promise<OperatorHandoffRow[] | null> {
  const assigned = assignedAccounts(reader.req.user)
  if (assigned === 'none') return null
  if (assigned !== 'all' && assigned.length === 0) return []
  const where: Where = {
    and: [{ state: { equals: 'awaiting_operator' } }, ...(assigned === 'all' ? [] : [{ account: { in: assigned } }])],
  }
  const { docs } = await reader.payload.find({
    ...asReader(reader),
    collection: 'deliveries',
    where,
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    select: { content: true, account: true, calendarEntry: true, state: true, sentAt: true },
    populate: HANDOFF_POPULATE,
  })
  const rows = docs.map((delivery): OperatorHandoffRow => {
    const ref = contentRefOf(delivery.content)
    const item = related<{ title?: string }>(delivery.content.value)
    const account = related<{ name?: string; platform?: string }>(delivery.account)
    const dueAt = handoffDueAt(delivery)
    return {
      id: delivery.id,
      platform: account?.platform ?? '',
      accountName: account?.name ?? '',
      item: ref ? { collection: ref.relationTo, id: ref.value, title: item?.title ?? '' } : null,
      dueAt,
      late: isHandoffLate({ state: delivery.state, dueAt, now: reader.now }),
    }
  })
  // Late first, then by due time: what the operator should post next is on top.
  return rows.sort((a, b) => Number(b.late) - Number(a.late) || (a.dueAt ?? '').localeCompare(b.dueAt ?? ''))
}
