import MarkdownIt from 'markdown-it'
import { cssText } from '../themes/compileTheme'
import { defaultTheme } from '../themes/defaultTheme'

/** Peers for bench/render.ts: what WeChat editors do without our renderer. */
const plain = new MarkdownIt('default', { html: false, linkify: true, typographer: false })

/** Plain markdown-it, no styles: the floor any renderer is measured against. */
export function renderWithPlainMarkdownIt(markdown: string): string {
  return plain.render(markdown)
}

/** The default theme as a stylesheet of element selectors, for a CSS inliner. */
export const defaultThemeStylesheet: string = (() => {
  const selectors: Record<string, keyof typeof defaultTheme.styles> = {
    section: 'root',
    p: 'p',
    h1: 'h1',
    h2: 'h2',
    h3: 'h3',
    h4: 'h4',
    h5: 'h5',
    h6: 'h6',
    blockquote: 'blockquote',
    'blockquote p': 'blockquoteParagraph',
    ul: 'ul',
    ol: 'ol',
    'li ul, li ol': 'nestedList',
    li: 'li',
    pre: 'pre',
    'pre code': 'codeBlock',
    'p code, li code, td code': 'codeInline',
    table: 'table',
    th: 'th',
    td: 'td',
    hr: 'hr',
    strong: 'strong',
    em: 'em',
    s: 's',
    a: 'a',
    img: 'img',
  }
  return Object.entries(selectors)
    .map(([selector, element]) => `${selector} { ${cssText(defaultTheme.styles[element])} }`)
    .join('\n')
})()

type Juice = { inlineContent: (html: string, css: string, options?: Record<string, unknown>) => string }

function isJuice(value: unknown): value is Juice {
  return typeof value === 'function' && typeof (value as { inlineContent?: unknown }).inlineContent === 'function'
}

/**
 * markdown-it followed by juice, the way existing WeChat editors inline a stylesheet. juice is
 * not a dependency: it is loaded if installed, else null is returned.
 */
export async function loadJuicePipeline(): Promise<((markdown: string) => string) | null> {
  const specifier = 'juice'
  const loaded: unknown = await import(specifier).then(
    (module: { default?: unknown }) => module.default ?? module,
    () => null,
  )
  if (!isJuice(loaded)) return null
  return (markdown) =>
    loaded.inlineContent(`<section>${plain.render(markdown)}</section>`, defaultThemeStylesheet, { removeStyleTags: true })
}
