import { contentRefOf } from '../../content'
import { readNote } from '../../delivery/deliveryJson'
import type { DeliveryState } from '../../workflow/deliveryStates'
import { asReader, type HomeReader } from './homeReader'
import type { DeliveryRow } from './homeTypes'

/** Deliveries in these states, latest change first (editors and admins only: others may not read deliveries). */
export async function loadDeliveries(reader: HomeReader & { states: readonly DeliveryState[] }): Promise<DeliveryRow[]> {
  const { docs } = await reader.payload.find({
    ...asReader(reader),
    collection: 'deliveries',
    where: { state: { in: [...reader.states] } },
    sort: '-updatedAt',
    limit: 30,
    depth: 1,
    select: { content: true, account: true, state: true, lastError: true, updatedAt: true },
    populate: {
      articles: { title: true },
      videos: { title: true },
      posters: { title: true },
      notes: { title: true },
      'platform-accounts': { name: true },
    },
  })
  return docs.map((delivery) => {
    const ref = contentRefOf(delivery.content)
    const item = typeof delivery.content.value === 'object' ? delivery.content.value : null
    const account = typeof delivery.account === 'object' && delivery.account !== null ? delivery.account : null
    const note = readNote(delivery.lastError)
    return {
      id: delivery.id,
      state: delivery.state,
      accountName: account?.name ?? '',
      item: ref ? { collection: ref.relationTo, id: ref.value, title: item?.title ?? '' } : null,
      lastError: note ? { kind: note.kind, message: note.message ?? '', action: note.action ?? '' } : null,
      updatedAt: delivery.updatedAt,
    }
  })
}
