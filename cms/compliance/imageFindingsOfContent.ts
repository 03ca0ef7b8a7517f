import type { Payload } from 'payload'
import type { ContentSlug } from '../content'
import type { Media } from '../payload-types'
import type { GateFinding } from '../workflow/findingsGate'
import { findingRows } from './findingRows'
import { type ImageFindingRow, readStoredImageFindings } from './imageFindings'
import { contentImageRefs } from './imageFindingsSources'
import { recognizeMediaText } from './imageFindingsRecognize'
import { currentMatcher } from './lexiconSource'

export type ImageStatus = 'pending' | 'done' | 'failed' | 'skipped'

/** One image of an item as the findings panel and the gate see it. */
export type ContentImageFindings = {
  /** How an editor names it: 封面图片 a.png. */
  label: string
  media: { id: string | number; filename: string; url: string | null; width: number | null; height: number | null }
  status: ImageStatus
  /** The findings with the lexicon as it is now; boxes from the last recognition. */
  rows: ImageFindingRow[]
  /** Why its text could not be read. */
  error: string | null
}

/**
 * The images of an item (plain data) with their text findings. Images whose text was never read
 * (still waiting for the worker, or uploaded before recognition existed) are read here while
 * `recognizeWithinMs` lasts; past it they stay `pending`.
 */
export async function imageFindingsOfContent(args: {
  payload: Payload
  collection: string
  data: object
  recognizeWithinMs?: number
}): Promise<ContentImageFindings[]> {
  const { payload } = args
  const refs = contentImageRefs({ collection: args.collection, data: args.data })
  if (refs.length === 0) return []
  const ids = refs.flatMap((ref) => (ref.id === undefined ? [] : [ref.id]))
  const filenames = refs.flatMap((ref) => (ref.filename === undefined ? [] : [ref.filename]))
  const found = await payload.find({
    collection: 'media',
    where: { or: [...(ids.length ? [{ id: { in: ids } }] : []), ...(filenames.length ? [{ filename: { in: filenames } }] : [])] },
    depth: 0,
    limit: refs.length,
    pagination: false,
    overrideAccess: true,
  })
  const byId = new Map(found.docs.map((doc) => [String(doc.id), doc]))
  const byName = new Map(found.docs.map((doc) => [String(doc.filename), doc]))
  const deadline = Date.now() + (args.recognizeWithinMs ?? 0)
  const seen = new Set<string>()
  const results: ContentImageFindings[] = []
  for (const ref of refs) {
    let media = ref.id !== undefined ? byId.get(String(ref.id)) : byName.get(String(ref.filename))
    if (!media || seen.has(String(media.id))) continue
    seen.add(String(media.id))
    if (needsReading(media) && Date.now() < deadline) {
      await recognizeMediaText({ payload, id: media.id })
      media = (await payload.findByID({ collection: 'media', id: media.id, depth: 0, overrideAccess: true, disableErrors: true })) ?? media
    }
    results.push(await describe({ payload, label: ref.label, media }))
  }
  return results
}

function needsReading(media: Media): boolean {
  return String(media.mimeType ?? '').startsWith('image/') && (media.ocr?.status === 'pending' || !media.ocr?.status)
}

async function describe(args: { payload: Payload; label: string; media: Media }): Promise<ContentImageFindings> {
  const { media } = args
  const stored = readStoredImageFindings(media.ocr?.findings)
  const status: ImageStatus = String(media.mimeType ?? '').startsWith('image/') ? (media.ocr?.status ?? 'pending') : 'skipped'
  const base = {
    label: `${args.label} ${media.filename ?? media.id}`,
    media: {
      id: media.id,
      filename: String(media.filename ?? ''),
      url: media.url ?? null,
      width: media.width ?? null,
      height: media.height ?? null,
    },
    status,
  }
  if (status === 'failed') return { ...base, rows: [], error: stored && 'error' in stored ? stored.error : '图片中的文字未能识别。' }
  if (status !== 'done') return { ...base, rows: [], error: null }
  const matcher = await currentMatcher(args.payload)
  const storedRows = stored && 'rows' in stored ? stored.rows : []
  if (stored && 'lexicon' in stored && stored.lexicon === matcher.version) return { ...base, rows: storedRows, error: null }
  // The lexicon changed since the image was read: its text is scanned again, boxes kept where the same word sits at the same place.
  const text = media.ocr?.text ?? ''
  const rows = findingRows({ text, findings: matcher.scan(text) }).map((row): ImageFindingRow => {
    const before = storedRows.find((old) => old.word === row.word && old.start === row.start)
    return {
      ...row,
      box: before?.box ?? null,
      boxes: row.occurrences.map((o) => before?.boxes[before.occurrences.findIndex((b) => b.start === o.start)] ?? null),
    }
  })
  return { ...base, rows, error: null }
}

/** The gate's view of an item's images: their findings as gate findings, and the images still waiting to be read. */
export function imageGateFindings(images: readonly ContentImageFindings[]): { findings: GateFinding[]; pending: string[] } {
  const findings: GateFinding[] = []
  for (const image of images) {
    for (const row of image.rows)
      findings.push({ word: row.word, severity: row.severity, replacement: row.replacement, image: image.label })
    if (image.status === 'failed')
      findings.push({
        word: '图片文字未能识别',
        severity: 'review',
        image: image.label,
        note: `${image.label} 的文字未能识别（${image.error ?? '原因不明'}），请人工查看图片`,
      })
  }
  return { findings, pending: images.filter((image) => image.status === 'pending').map((image) => image.label) }
}

/** How long submit or approve waits for images whose text was never read before saying to try again. */
export const GATE_RECOGNITION_BUDGET_MS = 20_000

/** The gate's view of the images of an item's latest draft, read before the transition's transaction. */
export async function imageFindingsForGate(args: {
  payload: Payload
  collection: ContentSlug
  id: string | number
}): Promise<{ findings: GateFinding[]; pending: string[] }> {
  const latest = await args.payload.findByID({
    collection: args.collection,
    id: args.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!latest) return { findings: [], pending: [] }
  const images = await imageFindingsOfContent({
    payload: args.payload,
    collection: args.collection,
    data: latest,
    recognizeWithinMs: GATE_RECOGNITION_BUDGET_MS,
  })
  return imageGateFindings(images)
}

/** The refusal while images are still being read. */
export function pendingImagesRefusal(args: { gate: 'submit' | 'approve'; pending: readonly string[] }): string {
  const action = args.gate === 'submit' ? '提交' : '审核通过'
  return `图片文字还在识别中，请稍后再${action}（${args.pending.slice(0, 5).join('、')}${args.pending.length > 5 ? ` 等 ${args.pending.length} 张` : ''}）。`
}
