import { ContentRejectedError, TransientError } from './errors'
import type { SafeFetch } from './ssrf/safeFetch'
import { SafeFetchError } from './ssrf/safeFetch'
import type { AssetBytes, AssetRef } from './types'

function filenameOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop()
  return last ?? 'image'
}

/**
 * Builds `PublishContext.readImage`: the CMS's own media come from storage (never over HTTP);
 * only outside URLs go through the SSRF-safe fetch.
 */
export function createImageReader(args: {
  readMedia: (args: { id: string }) => Promise<AssetBytes>
  safeFetch: SafeFetch
  signal?: AbortSignal
}): (ref: AssetRef) => Promise<AssetBytes> {
  return async (ref) => {
    if (ref.kind === 'media') return args.readMedia({ id: ref.id })
    try {
      const fetched = await args.safeFetch({ url: ref.url, signal: args.signal })
      return { bytes: fetched.bytes, contentType: fetched.contentType, filename: filenameOf(fetched.finalUrl) }
    } catch (error) {
      if (!(error instanceof SafeFetchError)) throw error
      const message = `外部图片无法读取（${error.reason}）：${ref.url}`
      if (error.retryable) throw new TransientError({ message, cause: error })
      throw new ContentRejectedError({ message, reason: message, cause: error })
    }
  }
}
