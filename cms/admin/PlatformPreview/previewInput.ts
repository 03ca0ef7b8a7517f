import type { PlatformId, RenderInput } from '../../../templates/types'

/** The fields of the item the preview reads besides the body, as the form holds them (untyped). */
export type PreviewFields = {
  title: unknown
  digest: unknown
  slug: unknown
  hashtags: unknown
  hasCover: boolean
  variants: { platform: unknown; title: unknown; digest: unknown; body: unknown }[]
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * What the platform's renderer gets for the preview: the platform's variant wins where it says
 * something (as when publishing), otherwise the body being typed. `usesVariantBody` tells the
 * writer that typing in the main body does not change this platform's text.
 */
export function previewInput(args: { fields: PreviewFields; body: string; platform: PlatformId; theme: string | null; origin: string }): {
  input: RenderInput
  usesVariantBody: boolean
} {
  const { fields, origin } = args
  const variant = fields.variants.find((v) => v.platform === args.platform)
  const variantBody = text(variant?.body)
  const slug = text(fields.slug)
  return {
    usesVariantBody: variantBody.trim() !== '',
    input: {
      title: text(variant?.title) || text(fields.title) || '（无标题）',
      digest: text(variant?.digest) || text(fields.digest) || null,
      markdown: variantBody || args.body,
      publicUrl: `${origin}/articles/${slug ? encodeURIComponent(slug) : 'preview'}`,
      theme: args.theme,
      hashtags: Array.isArray(fields.hashtags) ? fields.hashtags.filter((h): h is string => typeof h === 'string') : [],
      // Only whether there is a cover matters to the renderers' checks; the preview does not show it.
      coverUrl: fields.hasCover ? `${origin}/cover-preview` : null,
    },
  }
}
