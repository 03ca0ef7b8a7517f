import { createHash } from 'node:crypto'

/** The cache key of an image's OCR: sha256 of its bytes, hex. */
export function imageHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
