import type { Config } from 'payload'
import { formatMegabytes, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from './limits'

/** Room for the form fields sent beside the file (alt text, focal point, `_payload`). */
const FORM_FIELDS_BYTES = 16 * 1024 * 1024

/**
 * How Payload reads an upload request. Its defaults stop any request at 50 MB, and a file over the
 * limit answers in English without naming it; a video may be 200 MB, and the refusal says so.
 * The per-kind limits (an image's 20 MB, its pixels) are checked after parsing, in enforceUploadLimits.
 */
export const mediaUploadOptions: NonNullable<Config['upload']> = {
  limits: { fileSize: MAX_VIDEO_BYTES },
  requestSizeLimit: MAX_VIDEO_BYTES + FORM_FIELDS_BYTES,
  abortOnLimit: true,
  responseOnLimit: `文件太大：视频最大 ${formatMegabytes(MAX_VIDEO_BYTES)}，图片最大 ${formatMegabytes(MAX_IMAGE_BYTES)}。请压缩后再上传。`,
}
