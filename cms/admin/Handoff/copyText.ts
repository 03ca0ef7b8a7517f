'use client'

/**
 * Puts text on the clipboard. The clipboard API exists only on secure pages (https, localhost); an
 * operator opening the admin at the machine's plain-http network address gets the old textarea copy.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      // refused (no permission, page not focused): try the old way
    }
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  area.setSelectionRange(0, text.length)
  try {
    return document.execCommand('copy')
  } finally {
    area.remove()
  }
}
