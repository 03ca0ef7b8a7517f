import type { Payload } from 'payload'

type Id = string | number

/**
 * Demo items seeded as approved carry what a real approval leaves: the pinned version and the
 * approver; a published one also what its publish leaves: that version is the public page's.
 * Returns the pinned version's id.
 */
export async function pinApproval(args: {
  payload: Payload
  collection: 'articles' | 'posters' | 'videos' | 'notes'
  id: Id
  approver: Id
  published?: boolean
}): Promise<string> {
  const { payload, collection, id } = args
  const newest = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const revision = String(newest.docs[0]?.id)
  const published = args.published ? { publishedVersion: revision } : {}
  await payload.db.updateOne({ collection, id, data: { approvedVersion: revision, approvedBy: args.approver, ...published } })
  return revision
}
