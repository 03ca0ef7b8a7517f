import { escapeHtml } from '../html/escapeHtml'
import { POSTER_FONT_FAMILY, type PosterTemplate } from './posterTemplates'
import { wrapText } from './wrapText'

/**
 * The text layer of a poster as SVG (the photo, if any, goes underneath): a gradient or a darkened
 * photo, the headline large, copy lines below, an accent bar. Tall, square and wide sizes lay out alike
 * but scale from the shorter side.
 */
export function posterSvg(args: {
  template: PosterTemplate
  width: number
  height: number
  headline: string
  copy: string
  hasPhoto: boolean
}): string {
  const { template: t, width, height } = args
  const wide = width / height > 1.8
  const unit = Math.min(width, height)
  const margin = Math.round(unit * (wide ? 0.07 : 0.08))
  const headSize = Math.round(unit * (wide ? 0.13 : 0.1))
  const copySize = Math.round(headSize * 0.42)
  const textWidth = (wide ? width * 0.62 : width) - margin * 2
  const head = wrapText({ text: args.headline, fontSize: headSize, maxWidth: textWidth, maxLines: wide ? 2 : 3 })
  const copy = wrapText({ text: args.copy, fontSize: copySize, maxWidth: textWidth, maxLines: wide ? 2 : 4 })
  const headHeight = head.length * headSize * 1.2
  const top = wide ? (height - headHeight - copy.length * copySize * 1.5) / 2 + headSize : height * 0.55
  const tspans = (lines: string[], size: number, y: number, lineHeight: number) =>
    lines.map((line, i) => `<tspan x="${margin}" y="${Math.round(y + i * size * lineHeight)}">${escapeHtml(line)}</tspan>`).join('')
  const background = args.hasPhoto
    ? `<rect width="100%" height="100%" fill="#000" fill-opacity="${t.overlay}"/>`
    : `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${t.background[0]}"/><stop offset="1" stop-color="${t.background[1]}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#bg)"/>`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    background,
    `<rect x="${margin}" y="${Math.round(top - headSize * 1.3)}" width="${Math.round(unit * 0.12)}" height="${Math.max(4, Math.round(unit * 0.012))}" fill="${t.accent}"/>`,
    `<text font-family="${POSTER_FONT_FAMILY}" font-weight="700" font-size="${headSize}" fill="${t.text}">${tspans(head, headSize, top, 1.2)}</text>`,
    `<text font-family="${POSTER_FONT_FAMILY}" font-size="${copySize}" fill="${t.text}" fill-opacity="0.92">${tspans(copy, copySize, top + headHeight + copySize * 0.6, 1.5)}</text>`,
    '</svg>',
  ].join('')
}
