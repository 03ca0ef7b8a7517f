export type SniffedImageType = 'jpeg' | 'png' | 'gif' | 'bmp' | 'webp'

/** The image format by its magic bytes (the declared content type is not trusted). */
export function sniffImageType(bytes: Uint8Array): SniffedImageType | undefined {
  const at = (index: number): number => bytes[index] ?? -1
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg'
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'png'
  if (at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'gif'
  if (at(0) === 0x42 && at(1) === 0x4d) return 'bmp'
  if (at(0) === 0x52 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x46 && at(8) === 0x57 && at(9) === 0x45) return 'webp'
  return undefined
}
