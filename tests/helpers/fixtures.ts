import type { CollectionSlug, Payload } from 'payload'

export type Id = string | number
export type ActorRole = 'admin' | 'editor' | 'copywriter' | 'designer'
export const PASSWORD = 'test-pass-2026'

const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
export function tinyPng(): Buffer {
  return TINY_PNG
}

/** One user per role, created through the local API (not under test here). */
export async function createTeam(payload: Payload): Promise<Record<ActorRole, { id: Id; email: string }>> {
  const team = {} as Record<ActorRole, { id: Id; email: string }>
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const) {
    const email = `${role}@test.local`
    const doc = await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: PASSWORD, name: role, role } })
    team[role] = { id: doc.id, email }
  }
  return team
}

/**
 * Creates a document as the system would, bypassing access: the state under test is set directly.
 * Published content also gets what a real publish leaves: its revision pinned as the public one.
 */
export async function makeDoc(args: { payload: Payload; collection: CollectionSlug; data: Record<string, unknown> }): Promise<Id> {
  const file =
    args.collection === 'media' ? { data: TINY_PNG, mimetype: 'image/png', name: `f-${Date.now()}.png`, size: TINY_PNG.length } : undefined
  const doc = await args.payload.create({ collection: args.collection, overrideAccess: true, data: args.data as never, file })
  if (args.data.status === 'published' && !args.data.publishedVersion) {
    const newest = await args.payload.findVersions({
      collection: args.collection,
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    const revision = String(newest.docs[0]?.id)
    await args.payload.db.updateOne({
      collection: args.collection,
      id: doc.id,
      data: { approvedVersion: revision, publishedVersion: revision },
    })
  }
  return doc.id
}

export async function readRaw(args: { payload: Payload; collection: CollectionSlug; id: Id }): Promise<Record<string, unknown> | null> {
  try {
    return (await args.payload.findByID({
      collection: args.collection,
      id: args.id,
      overrideAccess: true,
      depth: 0,
      showHiddenFields: true,
    })) as unknown as Record<string, unknown>
  } catch {
    return null
  }
}
