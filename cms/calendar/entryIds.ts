/**
 * Ids as they arrive from a form or a spreadsheet ("10") made what the database keys are (10) when its
 * ids are numbers; Payload's relationship validation refuses a numeric string there. Pure.
 */
export type IdType = 'number' | 'text'

export function coerceId(value: unknown, idType: IdType): unknown {
  if (idType !== 'number' || typeof value !== 'string') return value
  const trimmed = value.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : value
}

function coerceRelation(value: unknown, idType: IdType): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'id' in value) return value
  return coerceId(value, idType)
}

/** A calendar entry's relationship ids (content, topic, account, campaign, bundle) coerced; the rest untouched. */
export function normaliseEntryIds<T extends Record<string, unknown>>(data: T, idType: IdType): T {
  const out: Record<string, unknown> = { ...data }
  for (const key of ['account', 'campaign', 'topic'] as const) if (key in out) out[key] = coerceRelation(out[key], idType)
  if (Array.isArray(out.bundle)) out.bundle = out.bundle.map((item: unknown) => coerceRelation(item, idType))
  const content = out.content
  if (content !== null && typeof content === 'object' && !Array.isArray(content) && 'value' in content)
    out.content = { ...content, value: coerceRelation(content.value, idType) }
  return out as T
}
