/** A document's own data, as update data: without ids, timestamps and Payload's draft marker. */
export function contentSnapshot(doc: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, _status: _s, ...rest } = doc
  return rest
}

export function relationId(value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return null
}
