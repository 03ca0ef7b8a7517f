/** How far down a scroller is, 0 at the top and 1 at the bottom (0 when it cannot scroll). */
export function ratioOf(box: { scrollTop: number; scrollHeight: number; clientHeight: number }): number {
  const range = box.scrollHeight - box.clientHeight
  if (range <= 0) return 0
  return Math.min(1, Math.max(0, box.scrollTop / range))
}

/** The scrollTop that puts a scroller at the same ratio as the other side. */
export function scrollTopFor(ratio: number, box: { scrollHeight: number; clientHeight: number }): number {
  const range = Math.max(0, box.scrollHeight - box.clientHeight)
  const clamped = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0
  return Math.round(clamped * range)
}

/** A scroll event we caused by following the other side is not the reader scrolling: it is not echoed back. */
export function isEcho(args: { scrollTop: number; appliedTop: number | null }): boolean {
  return args.appliedTop !== null && Math.abs(args.scrollTop - args.appliedTop) <= 2
}
