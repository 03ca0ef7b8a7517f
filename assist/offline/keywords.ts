const words = new Intl.Segmenter('zh', { granularity: 'word' })

/** Function words that say nothing about what an article is about. Single characters are dropped anyway. */
const STOPWORDS = new Set([
  '我们',
  '你们',
  '他们',
  '她们',
  '它们',
  '大家',
  '自己',
  '这个',
  '那个',
  '这些',
  '那些',
  '这里',
  '那里',
  '这样',
  '那样',
  '一个',
  '一些',
  '一种',
  '一次',
  '什么',
  '怎么',
  '为什么',
  '如何',
  '可以',
  '可能',
  '能够',
  '没有',
  '不是',
  '就是',
  '还是',
  '但是',
  '而且',
  '因为',
  '所以',
  '如果',
  '虽然',
  '然后',
  '或者',
  '以及',
  '还有',
  '已经',
  '正在',
  '通过',
  '进行',
  '之后',
  '之前',
  '时候',
  '其中',
  '而是',
  '只是',
  '同时',
  '不过',
  '其实',
  '非常',
  '特别',
  '真的',
  '一起',
  '一下',
  '今天',
  '现在',
  '就会',
  '也是',
  '都是',
  '也会',
  '不会',
  '需要',
  '觉得',
  '知道',
  '看到',
  '开始',
  '成为',
  '一直',
  '每个',
  '很多',
  '更多',
  '所有',
  '这种',
  '那种',
  '这么',
  '那么',
  '不仅',
  '以上',
  '以下',
  '对于',
  '关于',
  '作为',
  '由于',
  '为了',
])

const cjk = /\p{Script=Han}/u
/** Words that open with a numeral, a measure or a demonstrative (一家, 每天, 第三, 这次, 本周) name no topic. */
const quantityWord = /^[一二三四五六七八九十百千万两几每第这那哪各某本该此]/
const meaningful = /[\p{L}\p{N}]/u

/** The content words of a text (Intl.Segmenter's dictionary segmentation): at least two characters, no stopwords. */
export function contentWords(text: string): string[] {
  const found: string[] = []
  for (const { segment, isWordLike } of words.segment(text)) {
    if (!isWordLike || !meaningful.test(segment)) continue
    const word = segment.toLowerCase()
    const long = cjk.test(word) ? [...word].length >= 2 : word.length >= 2
    if (long && !STOPWORDS.has(word) && !quantityWord.test(word)) found.push(word)
  }
  return found
}

/** How often each content word occurs in the texts. */
export function wordFrequencies(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) for (const word of contentWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}
