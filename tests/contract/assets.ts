import type { AssetBytes } from '../../publishers/core/types'

function filled(head: number[], size: number, tail: number[] = []): Uint8Array {
  const bytes = new Uint8Array(Math.max(size, head.length + tail.length)).fill(0x20)
  bytes.set(head, 0)
  bytes.set(tail, bytes.length - tail.length)
  return bytes
}

/** Bytes with the right magic numbers (the fakes sniff formats like the platforms do). */
export const jpegBytes = (size = 4096): Uint8Array => filled([0xff, 0xd8, 0xff, 0xe0], size, [0xff, 0xd9])
export const pngBytes = (size = 4096): Uint8Array => filled([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], size)
export const mp4Bytes = (size = 8192): Uint8Array => filled([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d], size)

export const jpegAsset = (filename = 'image.jpg', size?: number): AssetBytes => ({
  bytes: jpegBytes(size),
  contentType: 'image/jpeg',
  filename,
})
export const pngAsset = (filename = 'image.png', size?: number): AssetBytes => ({
  bytes: pngBytes(size),
  contentType: 'image/png',
  filename,
})

/** Counts ledger entries by kind. */
export function countKinds(entries: readonly { kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const entry of entries) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1
  return counts
}
