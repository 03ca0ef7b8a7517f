import { collapseWhitespace } from './countText'
import { truncateText } from './truncateText'

/** The editor's digest if given, else the first `length` characters of the running text. */
export function deriveDigest(args: { digest?: string | null; runningText: string; length: number }): string {
  const given = collapseWhitespace(args.digest ?? '')
  if (given) return given
  return truncateText({ text: args.runningText, max: args.length })
}
