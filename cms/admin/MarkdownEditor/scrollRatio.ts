/** How far down a scrolled box is, 0 (top) to 1 (bottom). Pure. */
export function scrollRatioOf(box: { scrollTop: number; scrollHeight: number; clientHeight: number }): number {
  const room = box.scrollHeight - box.clientHeight
  return room <= 0 ? 0 : Math.min(1, Math.max(0, box.scrollTop / room))
}

/** The scrollTop that puts a box at `ratio`. Pure. */
export function scrollTopFor(box: { scrollHeight: number; clientHeight: number }, ratio: number): number {
  return Math.max(0, box.scrollHeight - box.clientHeight) * Math.min(1, Math.max(0, ratio))
}

/** Differences smaller than this are an echo of our own scrolling, not the reader's. */
export const RATIO_EPSILON = 0.005
