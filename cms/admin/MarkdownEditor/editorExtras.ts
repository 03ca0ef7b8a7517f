/**
 * The editor's costly companions — the live preview beside it and the live findings — can be switched
 * off for one browser, to measure the bare editor (npm run bench:editor) or to write on a slow machine:
 * `?editor-extras=off` on the admin's address, or localStorage `cms:editor-extras` = `off`
 * (also `no-preview`, `no-findings`). Anything else, or nothing, keeps both on.
 */
export const EDITOR_EXTRAS_KEY = 'cms:editor-extras'

export type EditorExtras = { preview: boolean; findings: boolean }

/** Pure: the setting's words to what stays on. */
export function parseEditorExtras(value: string | null | undefined): EditorExtras {
  const words = new Set((value ?? '').split(',').map((word) => word.trim().toLowerCase()))
  const off = words.has('off')
  return { preview: !off && !words.has('no-preview'), findings: !off && !words.has('no-findings') }
}

/** In the browser: the address wins over the stored setting. */
export function readEditorExtras(): EditorExtras {
  if (typeof window === 'undefined') return { preview: true, findings: true }
  const fromAddress = new URLSearchParams(window.location.search).get('editor-extras')
  let stored: string | null = null
  try {
    stored = window.localStorage.getItem(EDITOR_EXTRAS_KEY)
  } catch {
    // Storage can be refused (private windows); the defaults stand.
  }
  return parseEditorExtras(fromAddress ?? stored)
}
