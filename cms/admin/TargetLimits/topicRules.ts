/**
 * What is wrong with a topic as typed, or null: each 话题 is one tag without spaces; the package writes
 * the `#` itself, so a `#` is allowed only in front (it is dropped) and never inside (`#a#b` is two tags).
 */
export function topicProblem(topic: string): string | null {
  const bare = topic.trim().replace(/^#/, '')
  if (bare === '') return '话题不能是空的。'
  if (/\s/.test(bare)) return `话题「${bare}」里有空格：每个话题单独填一项。`
  if (bare.includes('#')) return `话题「${bare}」里有 #：不用加 #，每个话题单独填一项。`
  return null
}

/** The first problem among an item's topics, for the field's validate; null when all are fine. */
export function topicsProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return null
  for (const topic of value) {
    const problem = typeof topic === 'string' ? topicProblem(topic) : null
    if (problem) return problem
  }
  return null
}
