import { posterSvg } from './posterSvg'
import { POSTER_SIZES, POSTER_TEMPLATES, type PosterSizeId } from './posterTemplates'

export { POSTER_FONT_FAMILY, POSTER_SIZES, POSTER_TEMPLATES, type PosterSizeId, type PosterTemplate } from './posterTemplates'
export { wrapText } from './wrapText'

/** The SVG text layer of one poster size from a template, or an error naming the template. */
export function posterLayer(args: { templateId: string; size: PosterSizeId; headline: string; copy: string; hasPhoto: boolean }): {
  svg: string
  width: number
  height: number
} {
  const template = POSTER_TEMPLATES.find((t) => t.id === args.templateId)
  if (!template) throw new Error(`没有叫「${args.templateId}」的海报模板`)
  const size = POSTER_SIZES.find((s) => s.id === args.size)
  if (!size) throw new Error(`没有「${args.size}」这个海报尺寸`)
  return {
    svg: posterSvg({ template, width: size.width, height: size.height, headline: args.headline, copy: args.copy, hasPhoto: args.hasPhoto }),
    width: size.width,
    height: size.height,
  }
}
