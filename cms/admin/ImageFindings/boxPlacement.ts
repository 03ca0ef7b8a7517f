import type { Box } from '../../compliance/imageFindingsShape'

/** A box in percentages of the image, so it stays over its words at whatever size the image is shown. Pure. */
export function boxPlacement(args: { box: Box; width: number; height: number }): {
  left: string
  top: string
  width: string
  height: string
} {
  const pct = (value: number, of: number) => `${Math.max(0, Math.min(100, (value / Math.max(1, of)) * 100)).toFixed(2)}%`
  return {
    left: pct(args.box.x, args.width),
    top: pct(args.box.y, args.height),
    width: pct(args.box.width, args.width),
    height: pct(args.box.height, args.height),
  }
}
