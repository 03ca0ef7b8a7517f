/** One text the review read: its stored field, the field in an editor's words, and the text itself. */
export type ReviewedPart = { field: string; label: string; text: string }

export type QuoteLocation = { field: string; fieldLabel: string; start: number; end: number }

const SPACE = /\s/u

/**
 * Where a quote stands in the item's text: the first part holding it word for word, else holding it
 * when whitespace is ignored (the model may drop a line break); null when it is not there. Offsets are
 * into that part's original text. Pure.
 */
export function locateQuote(args: { quote: string; parts: readonly ReviewedPart[] }): QuoteLocation | null {
  const quote = args.quote.trim()
  if (!quote) return null
  for (const part of args.parts) {
    const at = part.text.indexOf(quote)
    if (at >= 0) return { field: part.field, fieldLabel: part.label, start: at, end: at + quote.length }
  }
  const wanted = [...quote].filter((c) => !SPACE.test(c)).join('')
  for (const part of args.parts) {
    const found = withoutSpaces({ text: part.text, wanted })
    if (found) return { field: part.field, fieldLabel: part.label, ...found }
  }
  return null
}

function withoutSpaces(args: { text: string; wanted: string }): { start: number; end: number } | null {
  const kept: { char: string; at: number }[] = []
  for (let i = 0; i < args.text.length; i += 1) if (!SPACE.test(args.text[i])) kept.push({ char: args.text[i], at: i })
  const joined = kept.map((k) => k.char).join('')
  const at = joined.indexOf(args.wanted)
  if (at < 0 || args.wanted.length === 0) return null
  return { start: kept[at].at, end: kept[at + args.wanted.length - 1].at + 1 }
}
