import { z } from 'zod'
import { PLATFORMS } from '../../lib/platforms'
import type { HandoffMedia, HandoffPackage } from '../../publishers'

/** Where the operator downloads a hand-off's file, prepared for the platform (the endpoints in Deliveries/endpoints/packageFiles.ts). */
export const handoffMediaPath = (args: { deliveryId: string | number; position: number }): string =>
  `/api/deliveries/${encodeURIComponent(String(args.deliveryId))}/package/media/${args.position}`
export const handoffCoverPath = (args: { deliveryId: string | number }): string =>
  `/api/deliveries/${encodeURIComponent(String(args.deliveryId))}/package/cover`

const assetRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('media'), id: z.string().min(1) }),
  z.object({ kind: z.literal('url'), url: z.string().min(1) }),
])

const storedMedia = z.object({
  kind: z.enum(['image', 'video']),
  position: z.number().int().positive(),
  url: z.string().min(1),
  filename: z.string().min(1),
  contentType: z.string().min(1),
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
  byteLength: z.number().int().nonnegative().optional(),
  /** What the download prepares the file from (not shown): the media file, or an outside address. */
  source: assetRef,
})

/** The delivery's `package` (contracts.md, Hand-off): what the package page reads and the downloads serve. */
export const storedHandoffPackageSchema = z.object({
  platform: z.enum(PLATFORMS),
  title: z.string(),
  body: z.string(),
  topics: z.array(z.string()),
  media: z.array(storedMedia),
  cover: storedMedia.optional(),
  checklist: z.array(z.string()),
  openUrl: z.string().min(1).optional(),
})
export type StoredHandoffPackage = z.infer<typeof storedHandoffPackageSchema>
export type StoredHandoffMedia = z.infer<typeof storedMedia>

function stored(args: { media: HandoffMedia; url: string }): StoredHandoffMedia {
  const { media } = args
  return {
    kind: media.kind,
    position: media.position,
    url: args.url,
    filename: media.filename,
    contentType: media.contentType,
    ...(media.width !== undefined ? { width: media.width } : {}),
    ...(media.height !== undefined ? { height: media.height } : {}),
    ...(media.byteLength !== undefined ? { byteLength: media.byteLength } : {}),
    source: media.ref,
  }
}

/** The publisher's package as the delivery keeps it: each file with the address it is downloaded from. Pure. */
export function storedHandoffPackage(args: { deliveryId: string | number; handoff: HandoffPackage }): StoredHandoffPackage {
  const { deliveryId, handoff } = args
  return {
    platform: handoff.platform,
    title: handoff.title,
    body: handoff.body,
    topics: [...handoff.topics],
    media: [...handoff.media]
      .sort((a, b) => a.position - b.position)
      .map((media) => stored({ media, url: handoffMediaPath({ deliveryId, position: media.position }) })),
    ...(handoff.cover ? { cover: stored({ media: handoff.cover, url: handoffCoverPath({ deliveryId }) }) } : {}),
    checklist: [...handoff.checklist],
    ...(handoff.openUrl ? { openUrl: handoff.openUrl } : {}),
  }
}

/** A delivery's stored package, or null when it has none (or not one of this shape). */
export function readStoredHandoffPackage(value: unknown): StoredHandoffPackage | null {
  const parsed = storedHandoffPackageSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
