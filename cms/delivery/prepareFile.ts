import { prepareImage } from '../../media'
import type { AssetBytes } from '../../publishers'

/**
 * A picture prepared to a media preset (cut around its focal point, 0–100 %, converted, compressed);
 * the file's extension follows the encoded format. No preset: the file as it is.
 */
export async function prepareFile(args: {
  file: AssetBytes & { focalPoint?: { x: number; y: number } }
  preset: string | null
}): Promise<AssetBytes> {
  const { file, preset } = args
  if (preset === null) return { bytes: file.bytes, contentType: file.contentType, filename: file.filename }
  const out = await prepareImage({ input: Buffer.from(file.bytes), preset, focalPoint: file.focalPoint })
  const ext = out.mime === 'image/png' ? 'png' : 'jpg'
  return { bytes: out.buffer, contentType: out.mime, filename: `${file.filename.replace(/\.[^.]+$/, '')}.${ext}` }
}
