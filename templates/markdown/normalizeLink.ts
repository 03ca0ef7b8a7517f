/**
 * Shortcuts for markdown-it's URL normalisers (mdurl parse and format, punycode, percent-coding),
 * which cost more than the rest of parsing a link. They apply only to URLs the normaliser returns
 * unchanged: characters mdurl keeps as they are, no `@` (an empty user part is dropped), and short
 * enough that no hostname passes mdurl's 255-character limit.
 */
const longestUnchanged = 255
const keptCharacters = /^(?:[A-Za-z0-9;/?:&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})*$/
const keptCharactersWithoutEscapes = /^[A-Za-z0-9;/?:&=+$,\-_.!~*'()#]*$/
const punycodeLabel = /xn--/i

/** For normalizeLink (URL to machine form): valid percent-escapes are kept, so they may appear. */
export function withUnchangedShortcut(normalizeLink: (url: string) => string): (url: string) => string {
  return (url) => (url.length <= longestUnchanged && keptCharacters.test(url) ? url : normalizeLink(url))
}

/** For normalizeLinkText (URL to readable form): escapes are decoded and xn-- hostnames converted. */
export function withUnchangedTextShortcut(normalizeLinkText: (url: string) => string): (url: string) => string {
  return (url) =>
    url.length <= longestUnchanged && keptCharactersWithoutEscapes.test(url) && !punycodeLabel.test(url) ? url : normalizeLinkText(url)
}
