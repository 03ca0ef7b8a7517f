import type { Payload } from 'payload'
import { env } from '../../lib/env'
import type {
  AnyPublisher,
  AssetBytes,
  AssetRef,
  BodyImage,
  BundleArticle,
  PreparedCover,
  PublishRequest,
  PushRequest,
  VideoAsset,
} from '../../publishers'
import { outsideImageUrl } from '../../publishers'
import { renderForPlatform, type RenderIssue } from '../../templates'
import { CONTENT_KIND, type ContentDoc, type ContentSlug } from '../content'
import { publicIp } from '../http/clientIp'
import type { Media } from '../payload-types'
import { outgoingTextParts } from '../compliance/outgoingText'
import { outgoingFor, renderInputFor } from '../rendering/renderInputFor'
import { prepareFile } from './prepareFile'
import { mediaFilenameOf, readMediaFile, readMediaVideoSize } from './mediaFiles'
import { bodyPresetFor, coverPresetFor } from './publisherMedia'

/** A media relationship at depth 1: the document, or only its id when it was not populated. */
const populated = (value: string | number | Media | null | undefined): Media | null => (value && typeof value === 'object' ? value : null)

/** Prepares bytes to a preset; the file extension follows the encoded format. */
const prepared = (args: { file: AssetBytes & { focalPoint?: { x: number; y: number } }; preset: string }): Promise<AssetBytes> =>
  prepareFile(args)

/** One article rendered for the platform: text, body image references, the cover prepared to its rules. */
async function renderedItem(args: {
  payload: Payload
  collection: ContentSlug
  content: ContentDoc
  publisher: AnyPublisher
  settings: Record<string, unknown>
  titleVariant?: number | null
}) {
  const { payload, content, publisher } = args
  const platform = publisher.capabilities.platform
  const input = renderInputFor({
    collection: args.collection,
    doc: content,
    platform,
    serverUrl: env.serverUrl,
    titleVariant: args.titleVariant,
  })
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
  const outgoing = outgoingFor({ collection: args.collection, doc: content, platform })
  return {
    title: rendered.title,
    digest: rendered.digest || undefined,
    author: outgoing.author || undefined,
    topics: outgoing.topics,
    body: rendered.body,
    images,
    cover,
    publicUrl: input.publicUrl ?? undefined,
    issues: rendered.issues,
  }
}

/** The item's video file as the publisher gets it, with its display size where the file says it. */
async function videoAssetOf(media: Media | null): Promise<VideoAsset | undefined> {
  if (!media?.filename) return undefined
  const filename = String(media.filename)
  const size = await readMediaVideoSize({ filename })
  return {
    ref: { kind: 'media', id: filename },
    filename,
    contentType: String(media.mimeType),
    byteLength: Number(media.filesize) || undefined,
    ...(size ?? {}),
  }
}

/** The item's titles of a title test other than the one sent (title 1 and its candidates), for a hand-off to list. */
function otherTitlesOf(args: { collection: ContentSlug; content: ContentDoc; sent: string }): string[] {
  const parts = outgoingTextParts({ collection: args.collection, data: args.content })
  const titles = parts.filter((p) => p.platform === undefined && (p.slot === 'title' || p.slot === 'titleCandidate')).map((p) => p.text)
  if (titles.length < 2) return []
  return [...new Set(titles)].filter((title) => title !== args.sent)
}

/** A bundle article's pinned revision, as loaded for the run. */
export type BundleVersion = { contentId: string; version: ContentDoc }

/**
 * The pinned revision of a content item, rendered and prepared for one publisher: the text the
 * platform accepts, the cover cut to its rules, and references to body images (read on demand); the
 * articles of a push after it (`bundle`, each at its pinned revision) the same way, and the push's
 * mode with its dedupe key.
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
  bundle?: readonly BundleVersion[]
  push?: PushRequest
  /**
   * The lead's title for this slot (title tests, checked against the pinned revision by the worker
   * first): 1 or empty = the item's title, where a platform's rewritten title (`variants[].title`)
   * still wins; 2..5 = that candidate, chosen on the slot on purpose, so it wins over both (a platform
   * rewrite is of title 1). The renderer and the publisher check the platform's limits on the title
   * actually sent. The articles after the lead (次条) keep their own title 1.
   */
  titleVariant?: number | null
}): Promise<{
  request: PublishRequest<unknown>
  renderIssues: RenderIssue[]
  readImageFor: (file: AssetBytes & { focalPoint?: { x: number; y: number } }) => Promise<AssetBytes>
}> {
  const { payload, content, publisher } = args
  const lead = await renderedItem({
    payload,
    collection: args.collection,
    content,
    publisher,
    settings: args.settings,
    titleVariant: args.titleVariant,
  })
  const bundle: BundleArticle[] = []
  const renderIssues: RenderIssue[] = [...lead.issues]
  for (const item of args.bundle ?? []) {
    const {
      issues,
      topics: _topics,
      ...article
    } = await renderedItem({
      payload,
      collection: 'articles',
      content: item.version,
      publisher,
      settings: args.settings,
    })
    // Named, so the editor knows which article of the push to fix.
    renderIssues.push(...issues.map((issue) => ({ ...issue, message: `次条《${article.title}》：${issue.message}` })))
    bundle.push({ contentId: item.contentId, ...article })
  }
  const video = await videoAssetOf('file' in content ? populated(content.file) : null)
  const otherTitles = otherTitlesOf({ collection: args.collection, content, sent: lead.title })
  const bodyPreset = bodyPresetFor({ publisher: publisher.id })

  return {
    request: {
      deliveryId: String(args.deliveryId),
      contentKind: CONTENT_KIND[args.collection],
      title: lead.title,
      digest: lead.digest,
      author: lead.author,
      body: lead.body,
      images: lead.images,
      cover: lead.cover,
      video,
      publicUrl: lead.publicUrl,
      // Checked again as it leaves the database: only a public address ever reaches a platform.
      actorIp: (typeof args.actorIp === 'string' ? publicIp(args.actorIp) : null) ?? undefined,
      settings: publisher.settingsSchema.parse(args.settings),
      ...(bundle.length > 0 ? { bundle } : {}),
      ...(args.push ? { push: args.push } : {}),
      ...(otherTitles.length > 0 ? { otherTitles } : {}),
      ...(lead.topics.length > 0 ? { topics: lead.topics } : {}),
    },
    renderIssues,
    readImageFor: (file) => (bodyPreset ? prepared({ file, preset: bodyPreset }) : Promise.resolve(file)),
  }
}
