import { joinRecognisedLines } from './joinRecognisedLines'
import { parseTesseractTsv } from './parseTesseractTsv'
import { prepareForOcr } from './prepareForOcr'
import { runTesseract } from './runTesseract'
import type { RecognisedText, RecognisedWord } from './types'

const SPARSE_TEXT = 11

/**
 * The text inside an image, with each character's box in the image's own pixels: prepared with sharp
 * (grey, small images scaled up, large ones capped), read by tesseract, joined into lines.
 */
export async function recognizeText(args: { bytes: Buffer; language?: string; timeoutMs?: number }): Promise<RecognisedText> {
  const prepared = await prepareForOcr(args.bytes)
  const read = async (pageSegmentation?: number) =>
    parseTesseractTsv(await runTesseract({ image: prepared.pgm, language: args.language, pageSegmentation, timeoutMs: args.timeoutMs }))
  let found = await read()
  // Page layout analysis finds no text block in a busy photo with a caption on it; sparse-text mode looks for text anywhere.
  if (found.length === 0) found = await read(SPARSE_TEXT)
  const words = found.map((word) => toOriginalPixels(word, prepared.scale))
  return joinRecognisedLines({ words, width: prepared.width, height: prepared.height })
}

function toOriginalPixels(word: RecognisedWord, scale: number): RecognisedWord {
  if (scale === 1) return word
  const { x, y, width, height } = word.box
  return { ...word, box: { x: x / scale, y: y / scale, width: width / scale, height: height / scale } }
}
