import type { RemoteIds, StatusOutcome } from '../core/types'
import type { DouyinUserClient } from './client'
import type { DouyinVideo } from './replySchemas'

/** Pure: the public link of an item: the platform's share_url when it is Douyin's, else our policy (UNCERTAIN). */
export function douyinItemUrl(args: { itemId: string; shareUrl?: string }): string {
  if (args.shareUrl && /^https:\/\/([a-z0-9-]+\.)*(douyin|iesdouyin)\.com\//.test(args.shareUrl)) return args.shareUrl
  return `https://www.douyin.com/video/${args.itemId.replace(/[@=]/g, '')}`
}

/** Between polls: 10 s after create (a short video often clears review in seconds), then doubling up to 15 min (review can take hours). */
export function douyinPollAfterMs(attempt: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempt), 15 * 60_000)
}

/** Pure: a video record → the delivery's state (analytics.md §4.2 video_status). */
export function douyinStatusOf(args: { video: DouyinVideo; remoteIds: RemoteIds; attempt: number }): StatusOutcome {
  const { video, remoteIds } = args
  const status = video.video_status
  if (status === 2) {
    return {
      state: 'failed',
      reason: '抖音审核结果：不适宜公开（作品仅自己可见），请在抖音创作者中心查看原因',
      code: 'video_status_2',
      remoteIds,
    }
  }
  if (status === 4 || (status === undefined && video.is_reviewed === false)) {
    return { state: 'processing', remoteIds, pollAfterMs: douyinPollAfterMs(args.attempt) }
  }
  const note = status === 7 ? '作品设为私密，仅自己可见' : status === 6 ? '作品仅好友可见' : undefined
  return {
    state: 'published',
    url: douyinItemUrl({ itemId: video.item_id, shareUrl: video.share_url }),
    remoteIds,
    ...(note ? { note } : {}),
  }
}

const LIST_PAGE = 20
/** Old docs cap video_list at 4 pages; our item is among the newest anyway. */
const LIST_PAGES = 4

/** The account's newest items, newest first, stopping at items older than `since` (epoch ms). */
export async function recentItems(args: { client: DouyinUserClient; since: number }): Promise<DouyinVideo[]> {
  const found: DouyinVideo[] = []
  let cursor = 0
  for (let page = 0; page < LIST_PAGES; page++) {
    const reply = await args.client.videoList({ cursor, count: LIST_PAGE })
    found.push(...reply.list)
    const oldest = reply.list.at(-1)?.create_time
    if (!reply.hasMore || (oldest !== undefined && oldest * 1000 < args.since)) break
    cursor = reply.cursor
  }
  return found
}

/** Clock skew allowed between us and Douyin when matching an item to our create call. */
const SKEW_MS = 5 * 60_000

/**
 * After a replayed create found its video_id used (2190007): the item our earlier call made, matched by
 * its caption and made after that call was first sent (douyin.md §3.3: no idempotency key; our policy).
 */
export async function findCreatedItem(args: { client: DouyinUserClient; text: string; sentAt: number }): Promise<string | undefined> {
  const since = args.sentAt - SKEW_MS
  const items = await recentItems({ client: args.client, since })
  const match = items.find((item) => (item.title ?? '').trim() === args.text.trim() && (item.create_time ?? 0) * 1000 >= since)
  return match?.item_id
}

/** The item's state: video_data (public items), else the account's list (private or in review). */
export async function checkDouyinItem(args: {
  client: DouyinUserClient
  itemId: string
  remoteIds: RemoteIds
  attempt: number
}): Promise<StatusOutcome> {
  const { client, itemId } = args
  const [video] = (await client.videoData({ itemIds: [itemId] })).filter((item) => item.item_id === itemId)
  const known = video ?? (await client.videoList({ cursor: 0, count: LIST_PAGE })).list.find((item) => item.item_id === itemId)
  if (known === undefined) return { state: 'processing', remoteIds: args.remoteIds, pollAfterMs: douyinPollAfterMs(args.attempt) }
  return douyinStatusOf({ video: known, remoteIds: args.remoteIds, attempt: args.attempt })
}
