import type { Token } from '../markdown/markdownParser'
import { collapseWhitespace } from './countText'
import { paragraphText } from './paragraphText'
import { truncateText } from './truncateText'

/** The editor's digest if given, else the first `length` characters of the article's running text. */
export function deriveDigest(args: { digest?: string | null; tokens: Token[]; length: number }): string {
  const given = collapseWhitespace(args.digest ?? '')
  if (given) return given
  return truncateText({ text: paragraphText(args.tokens, { enoughCharacters: args.length }), max: args.length })
}
