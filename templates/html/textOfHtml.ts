const tag = /<[^>]*>/g
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': '\u00a0' }
const entity = /&(?:amp|lt|gt|quot|nbsp);/g

/**
 * Text content of HTML that this package generated (tags are well formed and text is escaped
 * with the entities above), e.g. to count a rendered body's characters. Not for foreign HTML.
 */
export function textOfGeneratedHtml(html: string): string {
  return html.replace(tag, ' ').replace(entity, (match) => entities[match])
}
