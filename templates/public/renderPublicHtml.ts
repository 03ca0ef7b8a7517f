import { createSemanticDialect } from '../html/createSemanticDialect'
import { renderTokensToHtml } from '../html/renderTokensToHtml'
import { parseMarkdown } from '../markdown/markdownParser'

/**
 * The article body for our own public page (PUBLIC_URL/articles/<slug>): semantic HTML for the
 * site's typography styles, links kept (outside ones nofollow, new tab), images lazy-loaded.
 */
export function renderPublicHtml(markdown: string): string {
  const { dialect } = createSemanticDialect({
    links: 'anchor',
    keepImage: () => true,
    imageAttrs: [['loading', 'lazy']],
    figures: true,
    codeLanguageClass: true,
  })
  return renderTokensToHtml({ tokens: parseMarkdown(markdown), dialect }).html
}
