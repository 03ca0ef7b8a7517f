import type { Finding, Matcher } from './types'

/** Every finding of the matcher's lexicon in `text`, sorted by start then end. */
export function scanText(args: { matcher: Matcher; text: string }): Finding[] {
  return args.matcher.scan(args.text)
}
