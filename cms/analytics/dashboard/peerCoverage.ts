import { UNDERPERFORMER_RULE, type PostNumbers } from './underperformers'

/**
 * How far back each account's posts are known complete: a post is complete when every day of its
 * numbers was read, which holds for posts published on or after the first day read for its account
 * (a post's numbers never come before its publish day). Posts published earlier show only their
 * later days and must not be compared.
 */
export type PeerCoverage = Map<string, string>

export function completePosts(args: { posts: readonly PostNumbers[]; coverage: PeerCoverage; from: string }): PostNumbers[] {
  return args.posts.filter((post) => post.publishedDate >= (args.coverage.get(post.account) ?? args.from))
}

/**
 * The accounts whose complete posts, up to the last judged day, are too few for the median (the
 * newest 30 besides the post itself): only these need rows from before the range. An account with
 * no post to judge in the range needs none.
 */
export function accountsShortOfPeers(args: {
  posts: readonly PostNumbers[]
  coverage: PeerCoverage
  from: string
  to: string
  judgedUntil: string
}): string[] {
  // Leads and 次条 are compared apart (findUnderperformers), so each needs its own 31.
  const classOf = (post: PostNumbers) => `${post.position === 1 ? 'lead' : 'other'}:${post.account}`
  const judgedInRange = new Map<string, string>()
  const known = new Map<string, number>()
  for (const post of completePosts(args)) {
    if (post.publishedDate > args.judgedUntil) continue
    known.set(classOf(post), (known.get(classOf(post)) ?? 0) + 1)
    if (post.publishedDate <= args.to) judgedInRange.set(classOf(post), post.account)
  }
  const short = [...judgedInRange].filter(([group]) => (known.get(group) ?? 0) < UNDERPERFORMER_RULE.peers + 1)
  return [...new Set(short.map(([, account]) => account))].sort()
}
