import type { Payload } from 'payload'
import { env } from '../../lib/env'
import { prepareImage } from '../../media'
import type { AnyPublisher, AssetBytes, AssetRef, BodyImage, PreparedCover, PublishRequest } from '../../publishers'
import { outsideImageUrl } from '../../publishers'
import { renderForPlatform, type RenderIssue } from '../../templates'
import { CONTENT_KIND, type ContentDoc, type ContentSlug } from '../content'
import { publicIp } from '../http/clientIp'
import type { Media } from '../payload-types'
import { outgoingFor, renderInputFor } from '../rendering/renderInputFor'
import { mediaFilenameOf, readMediaFile } from './mediaFiles'
import { bodyPresetFor, coverPresetFor } from './publisherMedia'

/** Moved to cms/content; re-exported until the last importer is re-pointed. */

/** A media relationship at depth 1: the document, or only its id when it was not populated. */
const populated = (value: string | number | Media | null | undefined): Media | null => (value && typeof value === 'object' ? value : null)

/** Prepares bytes to a preset; the file extension follows the encoded format. */
async function prepared(args: { file: AssetBytes & { focalPoint?: { x: number; y: number } }; preset: string }): Promise<AssetBytes> {
  const out = await prepareImage({ input: Buffer.from(args.file.bytes), preset: args.preset, focalPoint: args.file.focalPoint })
  const ext = out.mime === 'image/png' ? 'png' : 'jpg'
  return { bytes: out.buffer, contentType: out.mime, filename: `${args.file.filename.replace(/\.[^.]+$/, '')}.${ext}` }
}

/**
 * The pinned revision of a content item, rendered and prepared for one publisher: the text the
 * platform accepts, the cover cut to its rules, and references to body images (read on demand).
 */
export async function buildPublishRequest(args: {
  payload: Payload
  deliveryId: string | number
  collection: ContentSlug
  content: ContentDoc
  publisher: AnyPublisher
  settings: Record<string, unknown>
  /** The delivery's `actorIp` as stored: the public IP of whoever scheduled or pressed publish. */
  actorIp?: unknown
}): Promise<{
  request: PublishRequest<unknown>
  renderIssues: RenderIssue[]
  readImageFor: (file: AssetBytes & { focalPoint?: { x: number; y: number } }) => Promise<AssetBytes>
}> {
  const { payload, content, publisher } = args
  const platform = publisher.capabilities.platform
  const input = renderInputFor({ collection: args.collection, doc: content, platform, serverUrl: env.serverUrl })
  const rendered = renderForPlatform({ platform, input })
  const images: BodyImage[] = rendered.images
    .filter((image) => image.role === 'body')
    .map((image) => {
      const filename = mediaFilenameOf({ src: image.src, serverUrl: env.serverUrl })
      const ref: AssetRef = filename
        ? { kind: 'media', id: filename }
        : { kind: 'url', url: outsideImageUrl({ src: image.src, base: env.serverUrl }) }
      return { src: image.src, ref }
    })

  // Articles and videos have a cover; a poster is its own image.
  const coverMedia = 'cover' in content ? populated(content.cover) : 'image' in content ? populated(content.image) : null
  const coverFilename = coverMedia?.filename ?? ''
  let cover: PreparedCover | undefined
  if (coverFilename) {
    const file = await readMediaFile({ payload, filename: coverFilename })
    cover = {
      ...(await prepared({ file, preset: coverPresetFor({ publisher: publisher.id, settings: args.settings }) })),
      ref: { kind: 'media', id: coverFilename },
    }
  }
  const videoMedia = 'file' in content ? populated(content.file) : null
  const bodyPreset = bodyPresetFor({ publisher: publisher.id })

  return {
    request: {
      deliveryId: String(args.deliveryId),
      contentKind: CONTENT_KIND[args.collection],
      title: rendered.title,
      digest: rendered.digest || undefined,
      author: outgoingFor({ collection: args.collection, doc: content, platform }).author || undefined,
      body: rendered.body,
      images,
      cover,
      video: videoMedia
        ? {
            ref: { kind: 'media', id: String(videoMedia.filename) },
            filename: String(videoMedia.filename),
            contentType: String(videoMedia.mimeType),
            byteLength: Number(videoMedia.filesize) || undefined,
          }
        : undefined,
      publicUrl: input.publicUrl ?? undefined,
      // Checked again as it leaves the database: only a public address ever reaches a platform.
      actorIp: (typeof args.actorIp === 'string' ? publicIp(args.actorIp) : null) ?? undefined,
      settings: publisher.settingsSchema.parse(args.settings),
    },
    renderIssues: rendered.issues,
    readImageFor: (file) => (bodyPreset ? prepared({ file, preset: bodyPreset }) : Promise.resolve(file)),
  }
}
