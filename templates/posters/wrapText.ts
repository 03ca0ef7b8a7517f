/**
 * Line breaks for SVG text, which does not wrap by itself. Widths are estimated per character:
 * CJK and full-width characters are one em, Latin letters and digits about 0.55 em. Chinese may break
 * between any two characters, but not before closing punctuation (避头标点).
 */
const NO_LINE_START = new Set([...'，。、；：！？）》」』”’…—,.;:!?)'])

export function charWidth(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char)
    ? 1
    : 0.55
}

export function wrapText(args: { text: string; fontSize: number; maxWidth: number; maxLines: number }): string[] {
  const limit = args.maxWidth / args.fontSize
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const char of [...args.text.replace(/\s+/g, ' ').trim()]) {
    const w = charWidth(char)
    if (width + w > limit && line && !NO_LINE_START.has(char)) {
      lines.push(line.trimEnd())
      line = ''
      width = 0
      if (char === ' ') continue
    }
    line += char
    width += w
  }
  if (line) lines.push(line.trimEnd())
  if (lines.length <= args.maxLines) return lines
  const kept = lines.slice(0, args.maxLines)
  kept[kept.length - 1] = `${[...kept[kept.length - 1]].slice(0, -1).join('')}…`
  return kept
}
