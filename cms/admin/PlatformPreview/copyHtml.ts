'use client'
/** Puts rendered HTML on the clipboard as rich text (what the WeChat editor pastes), with plain text as fallback. */
export async function copyHtml(html: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ])
      return true
    }
    await navigator.clipboard.writeText(html)
    return true
  } catch {
    return false
  }
}
