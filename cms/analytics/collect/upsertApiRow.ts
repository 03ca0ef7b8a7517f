import type { Payload, PayloadRequest } from 'payload'
import type { AccountMetric, PostMetric } from '../../payload-types'

type Id = string | number
type Writable<T> = Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'source' | 'key'>>
type Target = { payload: Payload; req: PayloadRequest; key: string; existing: Id | undefined }

/**
 * Updates the row `existing` (found by the caller), or creates it. The unique `key` is the guard
 * against a second row: when another run created the same day in between, the create fails, and that
 * row is found by its key and updated instead, unless a person wrote it meanwhile.
 */
async function upsert(
  args: Target & {
    create: () => Promise<unknown>
    update: (id: Id) => Promise<unknown>
    findByKey: () => Promise<{ id: Id; source: string } | undefined>
  },
) {
  if (args.existing !== undefined) {
    await args.update(args.existing)
    return
  }
  try {
    await args.create()
  } catch (error) {
    const row = await args.findByKey()
    if (row === undefined) throw error
    if (row.source === 'api') await args.update(row.id)
  }
}

const common = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const

export async function upsertPostMetric(
  args: Target & { data: Writable<PostMetric> & Pick<PostMetric, 'delivery' | 'date'> },
): Promise<void> {
  const { payload, req } = args
  const data = { ...args.data, source: 'api' as const }
  await upsert({
    ...args,
    create: () => payload.create({ collection: 'post-metrics', data, ...common(req) }),
    update: (id) => payload.update({ collection: 'post-metrics', id, data, ...common(req) }),
    findByKey: async () =>
      (await payload.find({ collection: 'post-metrics', where: { key: { equals: args.key } }, limit: 1, ...common(req) })).docs[0],
  })
}

export async function upsertAccountMetric(
  args: Target & { data: Writable<AccountMetric> & Pick<AccountMetric, 'account' | 'date'> },
): Promise<void> {
  const { payload, req } = args
  const data = { ...args.data, source: 'api' as const }
  await upsert({
    ...args,
    create: () => payload.create({ collection: 'account-metrics', data, ...common(req) }),
    update: (id) => payload.update({ collection: 'account-metrics', id, data, ...common(req) }),
    findByKey: async () =>
      (await payload.find({ collection: 'account-metrics', where: { key: { equals: args.key } }, limit: 1, ...common(req) })).docs[0],
  })
}
