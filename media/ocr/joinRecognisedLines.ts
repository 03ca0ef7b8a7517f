import type { Box, RecognisedText, RecognisedWord } from './types'

// Between two words a space is kept only where both sides are Latin letters or digits: tesseract
// cuts Chinese into one "word" per character, and the lexicon must see 稳赚不赔, not 稳 赚 不 赔.
const LATIN_END = /[A-Za-z0-9]$/
const LATIN_START = /^[A-Za-z0-9]/

/**
 * Joins words into lines (one per block, paragraph and line), keeping for every character of the
 * joined text the box of its glyph: a word's box is split evenly among its characters. Pure.
 */
export function joinRecognisedLines(args: { words: readonly RecognisedWord[]; width: number; height: number }): RecognisedText {
  let text = ''
  const glyphBoxes: (Box | null)[] = []
  const glyphConfidence: (number | null)[] = []
  const gap = (separator: string) => {
    text += separator
    for (let i = 0; i < separator.length; i++) {
      glyphBoxes.push(null)
      glyphConfidence.push(null)
    }
  }
  let previous: RecognisedWord | null = null
  for (const word of args.words) {
    if (previous) {
      const sameLine = previous.block === word.block && previous.paragraph === word.paragraph && previous.line === word.line
      if (!sameLine) gap('\n')
      else if (LATIN_END.test(previous.text) && LATIN_START.test(word.text)) gap(' ')
    }
    const units = word.text.length
    const share = word.box.width / units
    for (let i = 0; i < units; i++) {
      glyphBoxes.push({ x: word.box.x + share * i, y: word.box.y, width: share, height: word.box.height })
      glyphConfidence.push(word.confidence)
    }
    text += word.text
    previous = word
  }
  return { text, glyphBoxes, glyphConfidence, width: args.width, height: args.height }
}

/** The union of the glyph boxes of `text.slice(start, end)`, rounded to whole pixels; null when none has a box. */
export function boxOfSpan(args: { glyphBoxes: readonly (Box | null)[]; start: number; end: number }): Box | null {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (let i = Math.max(0, args.start); i < Math.min(args.end, args.glyphBoxes.length); i++) {
    const box = args.glyphBoxes[i]
    if (!box) continue
    left = Math.min(left, box.x)
    top = Math.min(top, box.y)
    right = Math.max(right, box.x + box.width)
    bottom = Math.max(bottom, box.y + box.height)
  }
  if (left === Infinity) return null
  const x = Math.floor(left)
  const y = Math.floor(top)
  return { x, y, width: Math.ceil(right) - x, height: Math.ceil(bottom) - y }
}
