import type { CollectionBeforeChangeHook } from 'payload'
import { contentRefOf } from '../../../content'

/**
 * A new delivery keeps its content's title (`title`), so that the list can be searched by what was
 * published: the content itself is in another collection, out of the list search's reach. The one door
 * (createDelivery) passes the title it has just read; any other maker of a delivery gets it read here.
 */
export const keepContentTitle: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || typeof data.title === 'string') return data
  const content = contentRefOf(data.content)
  if (!content) return data
  const doc = await req.payload.findByID({
    collection: content.relationTo,
    id: content.value,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { title: true },
  })
  return { ...data, title: doc?.title ?? null }
}
