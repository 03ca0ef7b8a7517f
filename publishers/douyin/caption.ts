import { missingTopics, plainTopics } from '../core/topics'
import type { AssetRef, PreparedCover, PublishRequest } from '../core/types'

/** The topics of a request, plain (no '#', no spaces: Douyin ends a topic at a space), each once, in order. */
export function topicsOf(request: Pick<PublishRequest<unknown>, 'topics'>): string[] {
  return plainTopics(request.topics)
}

/**
 * Douyin's one `text` (douyin.md §3.3): the title line, then the description with the topics as `#话题`
 * (written inline; the platform links them), unless the renderer already ended the body with them.
 */
export function douyinCaption(request: Pick<PublishRequest<unknown>, 'title' | 'body' | 'topics'>): string {
  const body = request.body.trim()
  const tags = missingTopics({ body, topics: topicsOf(request) })
    .map((topic) => `#${topic}`)
    .join(' ')
  return [request.title.trim(), body, tags].filter((part) => part !== '').join('\n')
}

export type DouyinImage = { ref: AssetRef; filename: string; contentType: string; byteLength?: number }

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
}

function nameOf(ref: AssetRef): string {
  const raw = ref.kind === 'media' ? ref.id : (new URL(ref.url).pathname.split('/').pop() ?? '')
  return decodeURIComponent(raw) || 'image.jpg'
}

/**
 * The pictures of a 图集: the body's images in order (a note), else the cover (a poster is its own image).
 */
export function imagesOf(request: Pick<PublishRequest<unknown>, 'images' | 'cover'>): DouyinImage[] {
  if (request.images.length > 0) {
    return request.images.map((image) => {
      const filename = nameOf(image.ref)
      const ext = filename.split('.').pop()?.toLowerCase() ?? ''
      return { ref: image.ref, filename, contentType: IMAGE_TYPES[ext] ?? 'image/jpeg', byteLength: image.byteLength }
    })
  }
  const cover: PreparedCover | undefined = request.cover
  if (cover === undefined) return []
  return [
    {
      ref: cover.ref ?? { kind: 'media', id: cover.filename },
      filename: cover.filename,
      contentType: cover.contentType,
      byteLength: cover.bytes.length,
    },
  ]
}
