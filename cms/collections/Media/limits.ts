import { uploadPolicy } from '../../../media'

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024
/** The same cap as every other untrusted image (media/uploadPolicy.ts): decompression bombs stop at the header. */
export const MAX_IMAGE_PIXELS = uploadPolicy.maxPixels

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** What the library takes: the images and videos the platforms accept. */
export const MEDIA_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'video/mp4',
  'video/quicktime',
  'video/webm',
] as const
