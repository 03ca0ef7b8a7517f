import { elementKeys, type ElementKey } from '../html/elements'
import type { CssDeclarations, Theme } from './themeSchema'

/** A theme turned into ready `style` strings, computed once per theme. */
export type CompiledTheme = {
  id: string
  name: string
  style(args: { element: ElementKey; depth: number }): string
}

export function cssText(declarations: CssDeclarations | undefined): string {
  if (!declarations) return ''
  return Object.entries(declarations)
    .map(([property, value]) => `${property}:${value}`)
    .join(';')
}

/** List styles per depth: the list's own style, the nested-list style below the top, a marker. */
function listStyles(args: { base?: CssDeclarations; nested?: CssDeclarations; markers: string[] }): (depth: number) => string {
  const top = cssText({ ...args.base, 'list-style-type': args.markers[0] })
  const below = args.markers.map((marker) => cssText({ ...args.base, ...args.nested, 'list-style-type': marker }))
  return (depth) => (depth === 0 ? top : below[depth % below.length])
}

export function compileTheme(theme: Theme): CompiledTheme {
  const styles = Object.fromEntries(elementKeys.map((key) => [key, cssText(theme.styles[key])])) as Record<ElementKey, string>
  const lists = {
    ul: listStyles({ base: theme.styles.ul, nested: theme.styles.nestedList, markers: theme.listMarkers.ul }),
    ol: listStyles({ base: theme.styles.ol, nested: theme.styles.nestedList, markers: theme.listMarkers.ol }),
  }
  return {
    id: theme.id,
    name: theme.name,
    style: ({ element, depth }) => (element === 'ul' || element === 'ol' ? lists[element](depth) : styles[element]),
  }
}
