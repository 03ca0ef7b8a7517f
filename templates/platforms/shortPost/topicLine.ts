/** A topic as written after `#`: no `#`/`＃` of its own and no spaces (the platforms end a topic at a space). */
export function cleanTopic(topic: string): string {
  return topic.replace(/[#＃\s]+/g, '')
}

/** The item's topics cleaned, empties and repeats dropped, in the order the editor wrote them. */
export function topicsOf(hashtags: readonly string[]): string[] {
  return [...new Set(hashtags.map(cleanTopic).filter((topic) => topic !== ''))]
}

/** The `#话题` line of a caption or note (小红书/抖音/视频号 style): `#秋日穿搭 #通勤`. */
export function topicLine(topics: readonly string[]): string {
  return topics.map((topic) => `#${topic}`).join(' ')
}
