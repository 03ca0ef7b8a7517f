/**
 * Limits for untrusted images, checked before any pixel is decoded. 40 MP covers every phone
 * and camera the team uses (a 24 MP photo is 6000×4000); frames bound animated GIF/WebP.
 */
export const uploadPolicy = {
  maxInputBytes: 50_000_000,
  maxPixels: 40_000_000,
  maxFrames: 300,
  /** CPU time allowed for one decode-and-encode of untrusted input. */
  timeoutSeconds: 30,
}

/** Decoders we let sharp use on untrusted input, by sharp's format name, with their MIME types. */
export const allowedFormats = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
} as const

export type AllowedFormat = keyof typeof allowedFormats

export const allowedMimeTypes: string[] = [...Object.values(allowedFormats), 'image/jpg', 'image/pjpeg']
