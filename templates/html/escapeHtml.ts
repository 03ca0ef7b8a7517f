const replacements: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const anySpecialCharacter = /[&<>"]/
const everySpecialCharacter = /[&<>"]/g

/**
 * Escapes text for HTML element content and for attribute values, which this package always
 * writes in double quotes (so a single quote needs no escaping).
 */
export function escapeHtml(text: string): string {
  return anySpecialCharacter.test(text) ? text.replace(everySpecialCharacter, (character) => replacements[character]) : text
}
