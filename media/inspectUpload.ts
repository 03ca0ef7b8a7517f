import { MediaError } from './mediaError'
import { readImageHeader } from './readImageHeader'
import { allowedMimeTypes } from './uploadPolicy'
import { decodeFailure, untrustedSharp } from './untrustedSharp'

export type UploadInspection = { ok: true; width: number; height: number; format: string } | { ok: false; message: string }

/**
 * The gate for an uploaded image: the declared type must be an accepted image type, the header
 * must pass the upload policy (format by content, pixels, frames), and the first frame must
 * decode cleanly at reduced size (which catches truncated or damaged data). Never throws for
 * bad input; `message` is Chinese, for the uploader. The reported format is the real one.
 */
export async function inspectUpload(args: { input: Buffer; mime?: string }): Promise<UploadInspection> {
  const declared = args.mime?.toLowerCase().split(';', 1)[0].trim()
  if (declared && !allowedMimeTypes.includes(declared)) {
    return { ok: false, message: `不接受 ${declared} 类型的文件，请上传 JPG、PNG、WebP、GIF 或 AVIF 图片。` }
  }
  try {
    const header = await readImageHeader(args.input)
    await untrustedSharp(args.input)
      .resize({ width: 256, height: 256, fit: 'inside' })
      .raw()
      .toBuffer()
      .catch((cause: unknown) => Promise.reject(decodeFailure(cause)))
    return { ok: true, width: header.width, height: header.height, format: header.format }
  } catch (error) {
    if (error instanceof MediaError) return { ok: false, message: error.message }
    throw error
  }
}
