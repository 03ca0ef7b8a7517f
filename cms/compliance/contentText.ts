/**
 * The text of a content document that the sensitive-word scan reads, field by field. Pure: works on
 * plain data (a document, a version, or a form's values).
 */
export type TextPart = { field: string; text: string }

const TEXT_FIELDS: Record<string, string[]> = {
  articles: ['title', 'digest', 'author', 'body'],
  videos: ['title', 'description'],
  posters: ['title', 'copy'],
}

/** Fields whose change after approval sends the item back to review (text, media and variants). */
export const REVIEWED_FIELDS: Record<string, string[]> = {
  articles: ['title', 'body', 'digest', 'variants', 'cover'],
  videos: ['title', 'description', 'file', 'cover'],
  posters: ['title', 'image', 'copy', 'sizes'],
}

/** `data` is any of them (a typed document, or a form's untyped values): only its text is read. */
export function contentTextParts(args: { collection: string; data: object }): TextPart[] {
  const parts: TextPart[] = []
  const data = fieldsOf(args.data)
  for (const field of TEXT_FIELDS[args.collection] ?? []) {
    const value = data.get(field)
    if (typeof value === 'string' && value.trim() !== '') parts.push({ field, text: value })
  }
  const variants = data.get('variants')
  if (Array.isArray(variants)) {
    variants.forEach((variant: unknown, index) => {
      const row = fieldsOf(variant)
      for (const field of ['title', 'digest', 'body']) {
        const value = row.get(field)
        if (typeof value === 'string' && value.trim() !== '') parts.push({ field: `variants.${index}.${field}`, text: value })
      }
    })
  }
  return parts
}

function fieldsOf(value: unknown): ReadonlyMap<string, unknown> {
  return new Map(value !== null && typeof value === 'object' ? Object.entries(value) : [])
}
