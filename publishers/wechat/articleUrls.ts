import type { RemoteIds } from '../core/types'

/** Remote-id key of article `index`'s link: `url` for the lead (as deliveries always had), `url:<index>` after it. */
export function articleUrlKey(index: number): string {
  return index === 0 ? 'url' : `url:${index}`
}

const URL_KEY = /^url:(\d+)$/

/** The recorded links, 0-based (the lead first); gaps stay undefined. Empty when none is known. */
export function recordedArticleUrls(remoteIds: RemoteIds): (string | undefined)[] {
  const urls: (string | undefined)[] = [remoteIds.url]
  for (const [key, value] of Object.entries(remoteIds)) {
    const index = Number(URL_KEY.exec(key)?.[1] ?? 0)
    if (index >= 1 && index <= 64) urls[index] = value
  }
  const filled = Array.from({ length: urls.length }, (_, index) => urls[index])
  return filled.every((url) => url === undefined) ? [] : filled
}
