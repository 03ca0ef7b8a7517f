'use client'
import { z } from 'zod'
import type { FindingRow } from '../../compliance/findingRows'
import { adminFetch } from '../adminApi'

const occurrence = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
const row = z.object({
  word: z.string(),
  category: z.string(),
  severity: z.enum(['block', 'review', 'warn']),
  replacement: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  count: z.number().int().positive(),
  excerpt: z.string(),
  occurrences: z.array(occurrence),
  evasion: z.enum(['pinyin', 'initials', 'homophone', 'split', 'lookalike', 'repeat']).optional(),
}) satisfies z.ZodType<FindingRow>
const omitted = z.object({ omitted: z.literal(true), note: z.string() })
/** POST /api/compliance/scan's reply (cms/compliance/scanEndpoint.ts), read defensively: it crosses the network. */
const scanReply = z.object({ findings: z.array(z.union([omitted, row])) })

export type ScanResult = { ok: true; rows: FindingRow[]; note: string | null } | { ok: false; note: string | null }

/**
 * The live sensitive-word scan of one text, as the save and the review gate run it. A reply that is
 * not a list of findings is a failed check (with a note), never an exception in the editor.
 */
export async function scanText(args: { text: string; campaign: string | number | null; signal: AbortSignal }): Promise<ScanResult> {
  const reply = await adminFetch<unknown>('/compliance/scan', {
    method: 'POST',
    body: { text: args.text, campaign: args.campaign },
    signal: args.signal,
  })
  if (!reply.ok) return { ok: false, note: reply.message ? `未能检查：${reply.message}` : null }
  return readScanReply(reply.data)
}

/** Pure: the reply's rows and the note on what was left out, or why it could not be read. */
export function readScanReply(data: unknown): ScanResult {
  const parsed = scanReply.safeParse(data)
  if (!parsed.success) return { ok: false, note: '未能检查：检查服务的回复无法识别，请稍后重试。' }
  const rows: FindingRow[] = []
  let note: string | null = null
  for (const entry of parsed.data.findings) {
    if ('omitted' in entry) note = entry.note
    else rows.push(entry)
  }
  return { ok: true, rows, note }
}
