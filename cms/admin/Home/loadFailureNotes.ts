import { contentRefOf } from '../../content'
import { asReader, type HomeReader } from './homeReader'
import type { FailureNote } from './homeTypes'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** For people who may not read deliveries: the last week's notices that something of theirs failed to go out. */
export async function loadFailureNotes(reader: HomeReader & { now: Date }): Promise<FailureNote[]> {
  const { docs } = await reader.payload.find({
    ...asReader(reader),
    collection: 'notifications',
    where: {
      and: [
        { recipient: { equals: reader.userId } },
        { kind: { like: 'delivery_' } },
        { createdAt: { greater_than_equal: new Date(reader.now.getTime() - WEEK_MS).toISOString() } },
      ],
    },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    select: { message: true, doc: true, createdAt: true },
  })
  return docs.map((note) => {
    const ref = contentRefOf(note.doc)
    return {
      id: note.id,
      message: note.message,
      createdAt: note.createdAt,
      item: ref ? { collection: ref.relationTo, id: ref.value } : null,
    }
  })
}
