import type { PayloadRequest } from 'payload'
import type { ContentSlug } from '../content'
import { formatTeamTime } from '../../lib/formatTeamTime'
import { notifyUser } from '../review/notifyUser'
import { scheduleEntryDelivery } from './scheduleEntryDelivery'

/**
 * When content is approved, its entries that were waiting are scheduled; an entry whose time passed
 * while it waited is marked missed and its owner told, rather than published late without a word.
 */
export async function scheduleWaitingEntries(args: {
  req: PayloadRequest
  collection: ContentSlug
  id: string | number
  title: string
  owner: string | number | null
}): Promise<void> {
  const { req } = args
  const { docs } = await req.payload.find({
    collection: 'calendar-entries',
    overrideAccess: true,
    req,
    depth: 0,
    pagination: false,
    where: {
      and: [
        {
          or: [
            { and: [{ 'content.relationTo': { equals: args.collection } }, { 'content.value': { equals: args.id } }] },
            // A push that waited for this article among its later ones.
            ...(args.collection === 'articles' ? [{ bundle: { equals: args.id } }] : []),
          ],
        },
        { state: { in: ['planned', 'waiting_approval'] } },
      ],
    },
  })
  for (const entry of docs) {
    const at = new Date(entry.publishAt)
    if (at.getTime() > Date.now()) {
      await scheduleEntryDelivery({ payload: req.payload, req, entryId: entry.id })
      continue
    }
    await req.payload.update({ collection: 'calendar-entries', id: entry.id, overrideAccess: true, req, data: { state: 'missed' } })
    await notifyUser({
      req,
      recipient: args.owner,
      kind: 'entry_missed',
      message: `《${args.title}》审核通过时，排期时间 ${formatTeamTime(at)} 已经过去，没有发布。请在日历上重新选择时间。`,
      doc: { relationTo: args.collection, value: args.id },
    })
  }
}
