import type { CollectionBeforeChangeHook } from 'payload'
import { imageHash } from '../../../../media/ocr'
import type { Media } from '../../../payload-types'

/**
 * A new file (upload, replacement, a rendered poster size) resets what is known of its text: images
 * wait for the worker (`pending`, with the hash the result is cached by), anything else is `skipped`.
 */
export const markTextRecognition: CollectionBeforeChangeHook<Media> = ({ data, req, operation, context }) => {
  const file = req.file
  if (!file || context.ocrResult || (operation !== 'create' && operation !== 'update')) return data
  const isImage = file.mimetype.startsWith('image/')
  const hash = isImage && file.data.length > 0 ? imageHash(file.data) : null
  return {
    ...data,
    ocr: {
      status: isImage ? 'pending' : 'skipped',
      hash,
      text: null,
      findings: null,
      checkedAt: isImage ? null : new Date().toISOString(),
    },
  }
}
