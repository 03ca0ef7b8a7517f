import type { Payload } from 'payload'
import { env } from '../../lib/env'
import type { PlatformId } from '../../lib/platforms'
import { prepareImage } from '../../media'
import type { AnyPublisher, AssetBytes, AssetRef, BodyImage, ContentKind, PreparedCover, PublishRequest } from '../../publishers'
import { outsideImageUrl } from '../../publishers'
import { renderForPlatform, type RenderIssue } from '../../templates'
import { publicIp } from '../http/clientIp'
import { renderInputFor } from '../rendering/renderInputFor'
import { mediaFilenameOf, readMediaFile } from './mediaFiles'
import { bodyPresetFor, coverPresetFor } from './publisherMedia'

export const CONTENT_KIND: Record<string, ContentKind> = { articles: 'article', videos: 'video', posters: 'poster' }
type Doc = Record<string, unknown>

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
  collection: string
  content: Doc
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
  const platform = publisher.capabilities.platform as PlatformId
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

  const coverMedia = args.collection === 'posters' ? content.image : content.cover
  const coverFilename = coverMedia && typeof coverMedia === 'object' ? String((coverMedia as Doc).filename ?? '') : ''
  let cover: PreparedCover | undefined
  if (coverFilename) {
    const file = await readMediaFile({ payload, filename: coverFilename })
    cover = {
      ...(await prepared({ file, preset: coverPresetFor({ publisher: publisher.id, settings: args.settings }) })),
      ref: { kind: 'media', id: coverFilename },
    }
  }
  const videoMedia = args.collection === 'videos' && content.file && typeof content.file === 'object' ? (content.file as Doc) : null
  const bodyPreset = bodyPresetFor({ publisher: publisher.id })

  return {
    request: {
      deliveryId: String(args.deliveryId),
      contentKind: CONTENT_KIND[args.collection],
      title: rendered.title,
      digest: rendered.digest || undefined,
      author: typeof content.author === 'string' && content.author ? content.author : undefined,
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
