import type { Payload, PayloadRequest } from 'payload'
import { mediaRefsOf, type MediaAlt } from './outgoingMedia'

/**
 * The alt texts of the media an item uses (relationships by id, body images by file name), read in
 * one query, so the scan sees the alt text the public page and the image descriptions carry.
 */
export async function mediaAltLookup(args: {
  payload: Payload
  req?: PayloadRequest
  collection: string
  data: object
}): Promise<MediaAlt> {
  const { ids, filenames } = mediaRefsOf({ collection: args.collection, data: args.data })
  const byId = new Map<string, string>()
  const byFilename = new Map<string, string>()
  if (ids.length === 0 && filenames.length === 0) return { byId, byFilename }
  const { docs } = await args.payload.find({
    collection: 'media',
    where: { or: [...(ids.length ? [{ id: { in: ids } }] : []), ...(filenames.length ? [{ filename: { in: filenames } }] : [])] },
    select: { alt: true, filename: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: args.req,
  })
  for (const doc of docs) {
    const alt = doc.alt ?? ''
    byId.set(String(doc.id), alt)
    if (doc.filename) byFilename.set(doc.filename, alt)
  }
  return { byId, byFilename }
}
