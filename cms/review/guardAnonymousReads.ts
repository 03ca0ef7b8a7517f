import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

/**
 * What an anonymous read may filter and sort by. A filter is evaluated against the stored document,
 * which may hold an edit still in review: filtering by its text would answer "does the unreviewed
 * text contain X?" one query at a time, though the reply shows only the published revision.
 */
const PUBLIC_PATHS = ['id', 'slug', 'status', 'createdAt']

/**
 * Anonymous reads (REST, GraphQL, the public site) never read drafts (`draft` is forced off) and may
 * filter and sort only by PUBLIC_PATHS; `servePublishedRevision` then answers with the published
 * revision. Reads by a user, and server code overriding access, are left as they are.
 */
export const guardAnonymousReads: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (req.user || overrideAccess === true) return args
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const query = args as { where?: Where; sort?: unknown; field?: unknown }
  const paths = [...wherePaths(query.where), ...sortPaths(query.sort), ...(typeof query.field === 'string' ? [query.field] : [])]
  const refused = [...new Set(paths.filter((path) => !PUBLIC_PATHS.includes(path)))]
  if (refused.length > 0) {
    throw new APIError(`未登录时只能按 ${PUBLIC_PATHS.join('、')} 筛选或排序，不能按 ${refused.join('、')}。`, 403, null, true)
  }
  return { ...args, draft: false }
}

function wherePaths(where: Where | undefined): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]) =>
    ['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value) ? value.flatMap((nested: Where) => wherePaths(nested)) : [key],
  )
}

function sortPaths(sort: unknown): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list.map((entry) => String(entry).trim().replace(/^[-+]/, '')).filter((path) => path !== '')
}
