import { CONTENT_SLUGS } from '../../content'
import type { ReviewState } from '../../workflow/reviewStates'
import { asReader, type HomeReader } from './homeReader'
import type { HomeItem } from './homeTypes'

/** Still being worked on: written, waiting for review, sent back, approved but not yet on the calendar. */
const WORKING_STATES: readonly ReviewState[] = ['draft', 'changes_requested', 'in_review', 'approved']

/** My own items that are not out yet, newest change first. Only mine, whatever else the role may read. */
export async function loadMyDrafts(reader: HomeReader): Promise<HomeItem[]> {
  const lists = await Promise.all(
    CONTENT_SLUGS.map(async (collection) => {
      const { docs } = await reader.payload.find({
        ...asReader(reader),
        collection,
        where: { and: [{ owner: { equals: reader.userId } }, { status: { in: [...WORKING_STATES] } }] },
        sort: '-updatedAt',
        limit: 20,
        depth: 0,
        select: { title: true, status: true, updatedAt: true },
      })
      return docs.map((doc) => ({ collection, id: doc.id, title: doc.title, status: doc.status, updatedAt: doc.updatedAt }))
    }),
  )
  return lists
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, 20)
}
