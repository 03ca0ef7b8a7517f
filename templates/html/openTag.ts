import { escapeHtml } from './escapeHtml'

/** `<name a="…" style="…">` with every value escaped; empty style is left out. */
export function openTag(args: { name: string; attrs?: [string, string][]; style?: string }): string {
  let markup = '<' + args.name
  for (const [attribute, value] of args.attrs ?? []) markup += ` ${attribute}="${escapeHtml(value)}"`
  if (args.style) markup += ` style="${escapeHtml(args.style)}"`
  return markup + '>'
}

/** `base` with the declarations of `extra` added; a property in both takes `extra`'s value. */
export function joinStyles(args: { base: string; extra: string | undefined }): string {
  const { base, extra } = args
  if (!extra) return base
  if (!base) return extra
  const overridden = new Set(extra.split(';').map((declaration) => declaration.split(':', 1)[0].trim()))
  const kept = base.split(';').filter((declaration) => !overridden.has(declaration.split(':', 1)[0].trim()))
  return [...kept, extra].join(';')
}
