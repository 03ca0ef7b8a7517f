/**
 * Whether two values of a reviewed field are the same content: relations compare by id, array rows
 * ignore their row ids, and empty values (undefined, null, '') are equal. Pure.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) {
    const rows = value.map((row) =>
      row && typeof row === 'object' && !Array.isArray(row) ? stripRowId(row as Record<string, unknown>) : normalize(row),
    )
    return rows.length === 0 ? null : rows
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'filename' in record || 'email' in record)) return record.id
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, normalize(record[k])]),
    )
  }
  return value
}

function stripRowId(row: Record<string, unknown>): unknown {
  const { id: _id, ...rest } = row
  return normalize(rest)
}
