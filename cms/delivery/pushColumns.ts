import type { RemoteIds } from '../../publishers'
import { relationId } from '../content'
import type { Delivery } from '../payload-types'

/**
 * The delivery's own columns for a push, from what the publisher recorded: the send job's id and the
 * content's id (`msgId`, `msgDataId`: the status, the callback and the statistics find the delivery
 * by them), and one link per article (`url` the lead's, `url:<i>` article i's, i ≥ 1).
 */
export function pushIdColumns(remoteIds: RemoteIds): { msgId?: string; msgDataId?: string } {
  return {
    ...(remoteIds.msgId ? { msgId: remoteIds.msgId } : {}),
    ...(remoteIds.msgDataId ? { msgDataId: remoteIds.msgDataId } : {}),
  }
}

/** The link of each article (0 = the lead): the outcome's list first, then the recorded `url` / `url:<i>`. */
export function articleUrlsOf(args: {
  articleUrls?: readonly (string | undefined)[]
  url?: string
  remoteIds: RemoteIds
  count: number
}): (string | undefined)[] {
  return Array.from(
    { length: args.count },
    (_, i) => args.articleUrls?.[i] || (i === 0 ? args.url || args.remoteIds.url : args.remoteIds[`url:${i}`]) || undefined,
  )
}

/** The links of articles 1..n as remote ids (`url:<i>`), where known. */
export function bundleLinkIds(urls: readonly (string | undefined)[]): Record<string, string> {
  return Object.fromEntries(urls.flatMap((url, i) => (i === 0 || url === undefined ? [] : [[`url:${i}`, url] as const])))
}

type BundleRows = NonNullable<Delivery['bundle']>

/** The bundle's rows with the links of articles 1..n written in (a link already stored stays when none is new). */
export function bundleWithUrls(bundle: Delivery['bundle'], urls: readonly (string | undefined)[]): BundleRows {
  return (bundle ?? []).map((row, i) => ({
    ...(row.id ? { id: row.id } : {}),
    article: relationId(row.article) ?? '',
    revision: row.revision,
    url: urls[i + 1] ?? row.url ?? null,
  }))
}
