export const MAX_IMAGE_BYTES = 20 * 1024 * 1024
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024
/** Far below sharp's default (~268 MP): a 40 MP cap stops decompression bombs early. */
export const MAX_IMAGE_PIXELS = 40_000_000

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
