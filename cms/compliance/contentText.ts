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

export function contentTextParts(args: { collection: string; data: Record<string, unknown> }): TextPart[] {
  const parts: TextPart[] = []
  for (const field of TEXT_FIELDS[args.collection] ?? []) {
    const value = args.data[field]
    if (typeof value === 'string' && value.trim() !== '') parts.push({ field, text: value })
  }
  const variants = args.data.variants
  if (Array.isArray(variants)) {
    variants.forEach((variant: Record<string, unknown>, index) => {
      for (const field of ['title', 'digest', 'body']) {
        const value = variant?.[field]
        if (typeof value === 'string' && value.trim() !== '') parts.push({ field: `variants.${index}.${field}`, text: value })
      }
    })
  }
  return parts
}
