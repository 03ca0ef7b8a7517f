import type { Field } from 'payload'

export function coverField(args: { name?: string; label?: { zh: string; en: string } } = {}): Field {
  return {
    name: args.name ?? 'cover',
    type: 'upload',
    relationTo: 'media',
    label: args.label ?? { zh: '封面/头图', en: 'Cover' },
    filterOptions: { mimeType: { contains: 'image/' } },
  }
}
