/** A rectangle in the original image's pixels. */
export type Box = { x: number; y: number; width: number; height: number }

/** One word tesseract recognised, with its box (in the pixels of the image tesseract read) and confidence 0–100. */
export type RecognisedWord = { text: string; confidence: number; box: Box; block: number; paragraph: number; line: number }

/**
 * The text of an image as lines joined with "\n", and for each UTF-16 unit of `text` the box of the
 * glyph it came from (null for the spaces and line breaks the join inserted).
 */
export type RecognisedText = {
  text: string
  glyphBoxes: (Box | null)[]
  /** Lowest confidence of each glyph's word, aligned with `glyphBoxes` (null where there is no glyph). */
  glyphConfidence: (number | null)[]
  width: number
  height: number
}
