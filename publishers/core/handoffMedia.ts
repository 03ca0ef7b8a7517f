import type { HandoffMedia, PublishContext, PublishRequest } from './types'
import { jpegSize } from './jpegSize'

/** `01-name.jpg`: saved in a phone's album, the files keep the order they are posted in. */
export function numberedFilename(args: { position: number; filename: string }): string {
  return `${String(args.position).padStart(2, '0')}-${args.filename}`
}

/**
 * The pictures in posting order, each read through `ctx.readImage` (prepared to the route's preset: a
 * picture that cannot be prepared fails the delivery now, not on the operator's phone).
 */
export async function handoffImages(args: { request: PublishRequest<unknown>; ctx: PublishContext }): Promise<HandoffMedia[]> {
  const media: HandoffMedia[] = []
  for (const [index, image] of args.request.images.entries()) {
    const prepared = await args.ctx.readImage(image.ref)
    const position = index + 1
    media.push({
      kind: 'image',
      position,
      ref: image.ref,
      filename: numberedFilename({ position, filename: prepared.filename }),
      contentType: prepared.contentType,
      byteLength: prepared.bytes.length,
      ...(jpegSize(prepared.bytes) ?? {}),
    })
  }
  return media
}

/** The video as uploaded (never re-encoded), with its size where the CMS could read it. */
export function handoffVideo(request: PublishRequest<unknown>): HandoffMedia[] {
  const { video } = request
  if (!video) return []
  return [
    {
      kind: 'video',
      position: 1,
      ref: video.ref,
      filename: video.filename,
      contentType: video.contentType,
      ...(video.byteLength !== undefined ? { byteLength: video.byteLength } : {}),
      ...(video.width !== undefined && video.height !== undefined ? { width: video.width, height: video.height } : {}),
    },
  ]
}

/** The cover already prepared to the route's cover preset, or nothing. */
export function handoffCover(request: PublishRequest<unknown>): HandoffMedia | undefined {
  const { cover } = request
  if (!cover?.ref) return undefined
  return {
    kind: 'image',
    position: 1,
    ref: cover.ref,
    filename: `cover-${cover.filename}`,
    contentType: cover.contentType,
    byteLength: cover.bytes.length,
    ...(jpegSize(cover.bytes) ?? {}),
  }
}
