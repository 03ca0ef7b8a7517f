import {
  combineQueries,
  executeAccess,
  validateQueryPaths,
  type CollectionSlug,
  type PayloadRequest,
  type SelectType,
  type Sort,
  type Where,
} from 'payload'
import type { Config } from '../../payload-types'

export type ReportCollection = Extract<CollectionSlug, 'post-metrics' | 'account-metrics'>

const checked = new Set<string>()

/**
 * The rows' reads must mean what the Local API's would: with nothing to run after reading (no read
 * hooks, no field-level read access anywhere in the collection), the caller's collection access is
 * all there is. Checked once per collection; a collection that gains either is refused here loudly
 * instead of read past its rules.
 */
function assertNothingRunsAfterRead(req: PayloadRequest, collection: ReportCollection): void {
  if (checked.has(collection)) return
  const config = req.payload.collections[collection].config
  const hooks = config.hooks
  const fieldRules = config.flattenedFields.filter(
    (field) => ('access' in field && field.access?.read !== undefined) || ('hooks' in field && (field.hooks?.afterRead?.length ?? 0) > 0),
  )
  if ((hooks.beforeRead?.length ?? 0) > 0 || (hooks.afterRead?.length ?? 0) > 0 || fieldRules.length > 0) {
    throw new Error(`findForReport: ${collection} has read hooks or field read access; read it through payload.find instead`)
  }
  checked.add(collection)
}

/**
 * Many rows for a report, through the database adapter's own `find` (the interface every adapter
 * implements) under the collection's read access for `req.user`, exactly as payload.find applies it,
 * without the Local API's per-document afterRead pass. For tens of thousands of small rows that
 * pass cost several times the query itself (bench:analytics); these collections have nothing for it to
 * do. `select` is honoured, relationships come back as ids (depth 0), no pagination.
 */
export async function findForReport<C extends ReportCollection>(args: {
  req: PayloadRequest
  collection: C
  where: Where
  select: SelectType
  sort?: Sort
}): Promise<Partial<Config['collections'][C]>[]> {
  const { req, collection } = args
  assertNothingRunsAfterRead(req, collection)
  const config = req.payload.collections[collection].config
  const access = await executeAccess({ req, disableErrors: true }, config.access.read)
  if (access === false) return []
  await validateQueryPaths({ collectionConfig: config, overrideAccess: false, req, where: args.where })
  const result = await req.payload.db.find<Partial<Config['collections'][C]>>({
    collection,
    where: combineQueries(args.where, access),
    select: args.select,
    sort: args.sort,
    pagination: false,
    limit: 0,
    req,
  })
  return result.docs
}
