import type { ContentSlug } from '../content'
import type { MediaAlt } from './outgoingMedia'
import { type OutgoingPart, outgoingTextParts, reviewedFieldsOf } from './outgoingText'

/**
 * The text of a content document that the sensitive-word scan reads, part by part: exactly the
 * outgoing text the renderers and publishers take (cms/compliance/outgoingText.ts). Pure: works on
 * plain data (a document, a version, or a form's values).
 */
export type TextPart = OutgoingPart

/** Fields whose change after approval sends the item back to review (text, media and variants). */
export const REVIEWED_FIELDS: Record<string, string[]> = {
  articles: reviewedFieldsOf('articles'),
  videos: reviewedFieldsOf('videos'),
  posters: reviewedFieldsOf('posters'),
  notes: reviewedFieldsOf('notes'),
} satisfies Record<ContentSlug, string[]>

/** `data` is any of them (a typed document, or a form's untyped values): only its text is read. */
export function contentTextParts(args: { collection: string; data: object; media?: MediaAlt }): TextPart[] {
  return outgoingTextParts(args)
}
