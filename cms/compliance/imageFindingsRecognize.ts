import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { env } from '../../lib/env'
import { imageHash, OcrError, recognizeText, tooSmallForText } from '../../media/ocr'
import type { Media } from '../payload-types'
import { readStoredImageFindings, scanRecognisedText, type StoredImageFindings } from './imageFindings'
import { currentMatcher } from './lexiconSource'

/**
 * What one look at a media's text did. `missing`: the document is not (yet) visible, worth a later
 * retry; `superseded`: a new file replaced the image while it was read, so nothing was stored.
 */
export type RecognitionOutcome = 'recognised' | 'copied' | 'fresh' | 'skipped' | 'failed' | 'missing' | 'superseded'

type OcrGroup = NonNullable<Media['ocr']>

/**
 * Reads the text inside one media image and stores it with the lexicon's findings and their boxes
 * (`ocr` group, written as the system). Videos and other files are `skipped`. An image whose bytes
 * were already read under the same lexicon (here or in another media with the same sha256) is not
 * read again. A failure is stored as `failed` with a Chinese message and is not retried.
 */
export async function recognizeMediaText(args: { payload: Payload; id: string | number }): Promise<RecognitionOutcome> {
  const { payload } = args
  const media = await payload.findByID({ collection: 'media', id: args.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!media) return 'missing'
  if (!String(media.mimeType ?? '').startsWith('image/') || tooSmallForText({ width: media.width ?? 0, height: media.height ?? 0 })) {
    if (media.ocr?.status !== 'skipped')
      await writeOcr({ payload, id: media.id, ocr: { status: 'skipped', hash: null, text: null, findings: null, checkedAt: now() } })
    return 'skipped'
  }
  let bytes: Buffer
  try {
    bytes = await fs.readFile(path.join(env.mediaDir, path.basename(String(media.filename))))
  } catch {
    await fail({
      payload,
      media,
      hash: media.ocr?.hash ?? null,
      message: `图片文件 ${media.filename} 不在存储中，无法识别其中的文字。请重新上传。`,
    })
    return 'failed'
  }
  const hash = imageHash(bytes)
  const matcher = await currentMatcher(payload)
  if (media.ocr?.status === 'done' && media.ocr.hash === hash && lexiconOf(media.ocr.findings) === matcher.version) return 'fresh'

  const twin = await payload.find({
    collection: 'media',
    where: { and: [{ 'ocr.hash': { equals: hash } }, { 'ocr.status': { equals: 'done' } }, { id: { not_equals: media.id } }] },
    depth: 0,
    limit: 10,
    overrideAccess: true,
    select: { ocr: true },
  })
  const same = twin.docs.find((doc) => lexiconOf(doc.ocr?.findings) === matcher.version)
  if (same?.ocr) {
    await writeOcr({
      payload,
      id: media.id,
      ocr: { status: 'done', hash, text: same.ocr.text ?? '', findings: same.ocr.findings, checkedAt: now() },
    })
    return 'copied'
  }

  try {
    const recognised = await recognizeText({ bytes })
    const findings: StoredImageFindings = scanRecognisedText({ matcher, recognised })
    if (await replacedSince({ payload, id: media.id, hash })) return 'superseded'
    await writeOcr({ payload, id: media.id, ocr: { status: 'done', hash, text: recognised.text, findings, checkedAt: now() } })
    return 'recognised'
  } catch (error) {
    const message =
      error instanceof OcrError ? error.message : `识别图片文字时出错（${error instanceof Error ? error.message : String(error)}）。`
    await fail({ payload, media, hash, message })
    return 'failed'
  }
}

/** A newer upload of the same media is waiting to be read (its hash, set at upload, is another). */
async function replacedSince(args: { payload: Payload; id: string | number; hash: string }): Promise<boolean> {
  const now = await args.payload.findByID({ collection: 'media', id: args.id, depth: 0, overrideAccess: true, disableErrors: true })
  return now?.ocr?.status === 'pending' && typeof now.ocr.hash === 'string' && now.ocr.hash !== args.hash
}

function lexiconOf(findings: unknown): string | null {
  const stored = readStoredImageFindings(findings)
  return stored && 'lexicon' in stored ? stored.lexicon : null
}

async function fail(args: { payload: Payload; media: Media; hash: string | null; message: string }): Promise<void> {
  const findings: StoredImageFindings = { error: args.message }
  await writeOcr({
    payload: args.payload,
    id: args.media.id,
    ocr: { status: 'failed', hash: args.hash, text: null, findings, checkedAt: now() },
  })
}

async function writeOcr(args: { payload: Payload; id: string | number; ocr: OcrGroup }): Promise<void> {
  await args.payload.update({
    collection: 'media',
    id: args.id,
    data: { ocr: { status: null, hash: null, text: null, findings: null, checkedAt: null, ...args.ocr } },
    depth: 0,
    overrideAccess: true,
    context: { ocrResult: true },
  })
}

const now = (): string => new Date().toISOString()
