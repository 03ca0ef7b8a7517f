import { escapeHtml } from './escapeHtml'

const significantSpaces = / {2,}|^ /g

/**
 * Code as HTML that keeps its layout even where `white-space` styles are dropped (WeChat):
 * line breaks become `<br>`, tabs four spaces, and indentation or runs of spaces `&nbsp;`.
 * Single spaces between words stay breakable so long lines still wrap on a phone.
 */
export function preserveCodeWhitespace(code: string): string {
  return code
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => escapeHtml(line.replace(/\t/g, '    ')).replace(significantSpaces, (spaces) => '&nbsp;'.repeat(spaces.length)))
    .join('<br>')
}
