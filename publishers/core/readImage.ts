import { ContentRejectedError, TransientError } from './errors'
import type { SafeFetch, SafeFetchRefusal } from './ssrf/safeFetch'
import { SafeFetchError } from './ssrf/safeFetch'
import type { AssetBytes, AssetRef } from './types'

function filenameOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop()
  return last ?? 'image'
}

const USE_MEDIA = '请把图片上传到素材库后改用素材库里的图片，或换一个公开的图片链接。'

/** What an operator reads when an outside image cannot be read, per refusal of the safe fetch: data. */
const REFUSALS: Record<SafeFetchRefusal, (args: { url: string; detail: string }) => string> = {
  'blocked-address': ({ url }) => `图片 ${url} 指向本机、内网或保留的地址，出于安全原因不会读取。${USE_MEDIA}`,
  'bad-url': ({ url }) => `图片地址 ${url} 不是可读取的 http(s) 地址。${USE_MEDIA}`,
  'too-many-redirects': ({ url }) => `图片 ${url} 跳转次数过多，无法读取。请改用图片的最终地址，或上传到素材库。`,
  'too-large': ({ url }) => `图片 ${url} 太大，超过读取上限。请压缩后上传到素材库。`,
  timeout: ({ url }) => `读取图片 ${url} 超时，稍后重试即可。`,
  network: ({ url }) => `读取图片 ${url} 时网络出错，稍后重试即可。`,
  'http-status': ({ url, detail }) => `图片 ${url} 无法下载（对方网站返回 ${detail}）。请确认链接能打开，或上传到素材库。`,
  'unsupported-type': ({ url, detail }) => `链接 ${url} 不是图片（${detail}）。${USE_MEDIA}`,
}

/**
 * Builds `PublishContext.readImage`: the CMS's own media come from storage (never over HTTP);
 * only outside URLs go through the SSRF-safe fetch. A refusal names the image and says what to do.
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
      const message = REFUSALS[error.reason]({ url: ref.url, detail: error.message })
      if (error.retryable) throw new TransientError({ message, cause: error })
      throw new ContentRejectedError({ message, reason: message, cause: error })
    }
  }
}
