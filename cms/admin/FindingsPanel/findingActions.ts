'use client'
import { REPLACE_EVENT, REVEAL_EVENT, type RevealDetail } from '../MarkdownEditor/editorEvents'

/** Payload's id for a field's input: `variants.0.title` → `field-variants__0__title`. */
export function inputIdOf(field: string): string {
  return `field-${field.replace(/\./g, '__')}`
}

/**
 * Shows the word where it is written: the Markdown editor selects it when it holds that field;
 * otherwise the field's own input scrolls into view with the word selected.
 */
export function revealFinding(detail: RevealDetail): void {
  const handled = !window.dispatchEvent(new CustomEvent(REVEAL_EVENT, { detail, cancelable: true }))
  if (handled) return
  const input = document.getElementById(inputIdOf(detail.field))
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return
  input.scrollIntoView({ block: 'center', behavior: 'smooth' })
  input.focus()
  input.setSelectionRange(detail.from, detail.to)
}

/** Asks the editor holding the field to replace one occurrence; false when no editor took it. */
export function replaceInEditor(detail: RevealDetail & { replacement: string }): boolean {
  return !window.dispatchEvent(new CustomEvent(REPLACE_EVENT, { detail, cancelable: true }))
}
