/**
 * Sentence and clause boundaries in Chinese (and mixed) prose. A sentence ends after 。！？!?… (with any
 * closing quotes or brackets that follow), after an English full stop followed by a space, or at a line
 * break. A clause ends after ，、；：,;:｜| or a dash. Offsets are UTF-16 indexes just after the boundary.
 */
const sentenceEnd = /[。！？!?…]+[”’"'」』）)】》]*|\.(?=\s)|\n+/g
const clauseEnd = /[，、；：,;:｜|]+|——/g
const sentencePunctuation = /[。！？!?…][”’"'」』）)】》]*$/

export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(sentenceEnd)].map((match) => (match.index ?? 0) + match[0].length)
}

export function clauseEnds(text: string): number[] {
  return [...text.matchAll(clauseEnd)].map((match) => (match.index ?? 0) + match[0].length)
}

export function endsWithSentencePunctuation(text: string): boolean {
  return sentencePunctuation.test(text.trimEnd())
}

/** The sentences of a text, trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  for (const end of [...sentenceEnds(text), text.length]) {
    const sentence = text.slice(start, end).trim()
    if (sentence) sentences.push(sentence)
    start = end
  }
  return sentences
}
