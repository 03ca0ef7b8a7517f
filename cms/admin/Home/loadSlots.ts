import { contentRefOf, relationId } from '../../content'
import { asReader, type HomeReader } from './homeReader'
import type { SlotRow } from './homeTypes'

/**
 * The calendar's slots between two instants, earliest first, cancelled ones left out. Editors and
 * admins see every account's; everyone else only the slots of items they own.
 */
export async function loadSlots(reader: HomeReader & { from: string; to: string; everyone: boolean }): Promise<SlotRow[]> {
  const { docs } = await reader.payload.find({
    ...asReader(reader),
    collection: 'calendar-entries',
    where: {
      and: [
        { publishAt: { greater_than_equal: reader.from } },
        { publishAt: { less_than: reader.to } },
        { state: { not_equals: 'cancelled' } },
      ],
    },
    sort: 'publishAt',
    limit: 300,
    depth: 1,
    select: { title: true, content: true, account: true, publishAt: true, state: true },
    populate: {
      articles: { title: true, owner: true },
      videos: { title: true, owner: true },
      posters: { title: true, owner: true },
      notes: { title: true, owner: true },
      'platform-accounts': { name: true, platform: true },
    },
  })
  return docs.flatMap((entry): SlotRow[] => {
    // A slot still held by a 选题 has no item yet; it is on the calendar, not in anyone's list of items.
    if (!entry.content) return []
    const ref = contentRefOf(entry.content)
    const item = typeof entry.content.value === 'object' ? entry.content.value : null
    if (!reader.everyone && (item === null || String(relationId(item.owner)) !== String(reader.userId))) return []
    const account = typeof entry.account === 'object' && entry.account !== null ? entry.account : null
    return [
      {
        id: entry.id,
        publishAt: entry.publishAt,
        state: entry.state,
        accountName: account?.name ?? '',
        platform: account?.platform ?? '',
        item: ref ? { collection: ref.relationTo, id: ref.value, title: item?.title ?? '' } : null,
        label: entry.title ?? null,
      },
    ]
  })
}
