import type { CollectionAfterChangeHook } from 'payload'
import { enqueueTextRecognition } from '../../../../scheduler/queues'
import type { Media } from '../../../payload-types'

/** After an image's new file is saved, the worker is asked to read its text. */
export const queueTextRecognition: CollectionAfterChangeHook<Media> = async ({ doc, req, context }) => {
  if (!req.file || context.ocrResult || doc.ocr?.status !== 'pending') return doc
  await enqueueTextRecognition({ mediaId: doc.id })
  return doc
}
