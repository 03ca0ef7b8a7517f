import type MarkdownIt from 'markdown-it'

/**
 * Every link linkify-it can find (a scheme such as `https:` or `//`, a host's `.`, an e-mail's `@`,
 * or "localhost") needs one of these. Most Chinese paragraphs have none (their punctuation is
 * full-width), and this check is much cheaper than linkify-it's own tests, run on every paragraph.
 */
const linkCharacter = /[:/.@]/
const localhost = /localhost/i

export function mayHoldLink(text: string): boolean {
  return linkCharacter.test(text) || localhost.test(text)
}

/** linkify-it's pretest and test, skipped for text that cannot hold a link. */
export function skipTextWithoutLinks(linkify: MarkdownIt['linkify']): void {
  const pretest = linkify.pretest.bind(linkify)
  const test = linkify.test.bind(linkify)
  linkify.pretest = (text) => mayHoldLink(text) && pretest(text)
  linkify.test = (text) => mayHoldLink(text) && test(text)
}
