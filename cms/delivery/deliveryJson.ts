import { z } from 'zod'
import type { RemoteIds } from '../../publishers'

/**
 * The delivery's and the account's json columns, read once here: the generated types say only
 * "some JSON", and a row may have been written by an older version or by hand.
 */
const remoteIdsSchema = z.record(z.string(), z.unknown()).catch({})

/** The remote ids recorded so far (string values only: anything else was never written by a publisher). */
export function readRemoteIds(value: unknown): RemoteIds {
  const entries = Object.entries(remoteIdsSchema.parse(value ?? {}))
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

const noteSchema = z
  .object({ kind: z.string().optional(), message: z.string().optional(), action: z.string().optional(), at: z.string().optional() })
  .passthrough()

/** What `lastError` holds, as far as generic code reads it (kind, message, next step, when), or null. */
export type DeliveryNote = z.infer<typeof noteSchema>

export function readNote(value: unknown): DeliveryNote | null {
  const parsed = noteSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

const settingsSchema = z.record(z.string(), z.unknown()).catch({})

/** An account's 发布设置 (per platform; each publisher parses its own with its settings schema). */
export function readSettings(value: unknown): Record<string, unknown> {
  return settingsSchema.parse(value ?? {})
}
