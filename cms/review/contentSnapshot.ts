import type { ContentDoc } from '../content'

/** A document's own data, as update data: without ids, timestamps and Payload's draft marker. */
export function contentSnapshot<Doc extends ContentDoc>(doc: Doc): Omit<Doc, 'id' | 'createdAt' | 'updatedAt' | '_status'> {
  const { id: _id, createdAt: _c, updatedAt: _u, _status: _s, ...rest } = doc
  return rest
}
