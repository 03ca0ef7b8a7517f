/** The words around a finding, split so the matched part can be highlighted. Pure. */
export function excerptAround(args: { text: string; start: number; end: number; context?: number }): {
  before: string
  match: string
  after: string
} {
  const context = args.context ?? 16
  const from = Math.max(0, args.start - context)
  const to = Math.min(args.text.length, args.end + context)
  const clean = (s: string) => s.replace(/\s+/g, ' ')
  return {
    before: (from > 0 ? '…' : '') + clean(args.text.slice(from, args.start)),
    match: args.text.slice(args.start, args.end),
    after: clean(args.text.slice(args.end, to)) + (to < args.text.length ? '…' : ''),
  }
}
