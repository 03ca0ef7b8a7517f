import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { env } from '../../lib/env'
import { readVideoFileSize, type VideoSize } from '../../media'
import { remember } from './readCache'

export type MediaFile = { bytes: Uint8Array; contentType: string; filename: string; focalPoint?: { x: number; y: number } }

const MEDIA_PATH = '/api/media/file/'

/** Our own media are read from storage, never fetched over HTTP; `filename` must belong to a media document. */
export async function readMediaFile(args: { payload: Payload; filename: string }): Promise<MediaFile> {
  const { docs } = await remember({
    key: `media:${args.filename}`,
    ttlMs: 60_000,
    load: () =>
      args.payload.find({ collection: 'media', where: { filename: { equals: args.filename } }, limit: 1, depth: 0, overrideAccess: true }),
  })
  const doc = docs[0]
  if (!doc) throw new Error(`素材库里找不到图片 ${args.filename}`)
  const bytes = await fs.readFile(mediaFilePath(String(doc.filename)))
  const focal = typeof doc.focalX === 'number' && typeof doc.focalY === 'number' ? { x: doc.focalX, y: doc.focalY } : undefined
  return { bytes, contentType: String(doc.mimeType ?? 'application/octet-stream'), filename: String(doc.filename), focalPoint: focal }
}

/** `/api/media/file/x.jpg` (relative or on our own host) names a media file; anything else is an outside URL. */
export function mediaFilenameOf(args: { src: string; serverUrl: string }): string | null {
  let url: URL
  try {
    url = new URL(args.src, args.serverUrl)
  } catch {
    return null
  }
  if (url.origin !== new URL(args.serverUrl).origin || !url.pathname.startsWith(MEDIA_PATH)) return null
  return decodeURIComponent(url.pathname.slice(MEDIA_PATH.length)) || null
}

/** Where a media file is stored (only its base name is used: a stored name never leaves the folder). */
export function mediaFilePath(filename: string): string {
  return path.join(env.mediaDir, path.basename(filename))
}

/** A stored video's display size, read from its headers (never the whole file); null when unreadable. */
export async function readMediaVideoSize(args: { filename: string }): Promise<VideoSize | null> {
  return readVideoFileSize(mediaFilePath(args.filename))
}
