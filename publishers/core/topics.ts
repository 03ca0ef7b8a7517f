/** Topics as the item holds them, made plain: no '#' around them, no blanks, each once, in order. */
export function plainTopics(topics: readonly string[] | undefined): string[] {
  const seen = new Set<string>()
  for (const topic of topics ?? []) {
    // Spaces go too: a topic ends at a space in every app, and the renderers write `#秋日穿搭`.
    const plain = topic.replace(/[#＃\s]+/g, '')
    if (plain !== '') seen.add(plain)
  }
  return [...seen]
}

/**
 * The text the operator pastes: the rendered body, with each topic as `#话题` on a last line unless the
 * renderer already wrote it there. UNCERTAIN (douyin.md §7, §8): the apps' own topic markup is not
 * documented; a plain `#话题` followed by a space is what both turn into a topic when it is chosen.
 */
export function bodyWithTopics(args: { body: string; topics: readonly string[] }): string {
  const body = args.body.trim()
  const missing = missingTopics({ body, topics: args.topics })
  if (missing.length === 0) return body
  return [body, missing.map((topic) => `#${topic}`).join(' ')].filter((part) => part !== '').join('\n\n')
}

/** The topics the text does not already carry as `#话题`. */
export function missingTopics(args: { body: string; topics: readonly string[] }): string[] {
  return args.topics.filter((topic) => !new RegExp(`#${escapeRegExp(topic)}(?=\\s|#|$)`, 'u').test(args.body))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
