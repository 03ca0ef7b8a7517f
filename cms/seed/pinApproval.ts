import type { Payload } from 'payload'
import { relationId } from '../content'

type Id = string | number

/**
 * Demo items seeded as approved carry what a real approval leaves: the pinned version and the
 * approver (the editor, or the admin for the editor's own: nobody approves their own work); a published
 * one also what its publish leaves: that version is the public page's. Returns the pinned version's id.
 */
export async function pinApproval(args: {
  payload: Payload
  collection: 'articles' | 'posters' | 'videos' | 'notes'
  id: Id
  /** The seeded users by role: the editor approves, the admin what the editor owns. */
  users: Readonly<Record<string, Id>>
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
  const owner = relationId(newest.docs[0]?.version.owner)
  const approver = owner !== null && String(owner) === String(args.users.editor) ? args.users.admin : args.users.editor
  const published = args.published ? { publishedVersion: revision } : {}
  await payload.db.updateOne({ collection, id, data: { approvedVersion: revision, approvedBy: approver, ...published } })
  return revision
}
