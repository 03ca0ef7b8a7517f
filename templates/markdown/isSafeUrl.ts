const schemePattern = /^([a-z][a-z0-9+.-]*):/i
// Control characters are exactly what this looks for: browsers strip them to hide a scheme.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/
const linkSchemes = new Set(['http', 'https', 'mailto'])
const imageSchemes = new Set(['http', 'https'])

function schemeOf(url: string): string | null {
  const match = schemePattern.exec(url)
  return match ? match[1].toLowerCase() : null
}

function hasNoControlCharacters(url: string): boolean {
  return url.trim() !== '' && !controlCharacters.test(url)
}

/** The URL with percent-escapes decoded, so that `javascript%3A…` is judged like `javascript:…`. */
function decoded(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

function schemeAllowed(args: { url: string; allowed: Set<string> }): boolean {
  const { url, allowed } = args
  const permitted = (candidate: string): boolean => {
    const scheme = schemeOf(candidate.trim())
    return scheme === null || allowed.has(scheme)
  }
  return permitted(url) && (!url.includes('%') || permitted(decoded(url)))
}

/** Allow-list for link targets: http, https, mailto, or a scheme-less (relative) URL. */
export function isSafeLinkUrl(url: string): boolean {
  return hasNoControlCharacters(url) && schemeAllowed({ url, allowed: linkSchemes })
}

/** Allow-list for image sources: http, https, or a relative URL (no data:, no mailto:). */
export function isSafeImageSrc(url: string): boolean {
  return hasNoControlCharacters(url) && schemeAllowed({ url, allowed: imageSchemes })
}

export function isAbsoluteHttpUrl(url: string): boolean {
  const scheme = schemeOf(url.trim())
  return scheme === 'http' || scheme === 'https'
}
