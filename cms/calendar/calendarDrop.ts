import { movedTime } from './calendarGrid'

export type DropTarget = { date: string; hour?: number }

/**
 * Where a drop landed: the innermost cell under the pointer (an hour row inside a day in the week
 * view), read once by the one handler on the day, so one drop is one move.
 */
export function dropTargetOf(cells: readonly { date?: string; hour?: string }[]): DropTarget | null {
  const date = cells.find((cell) => cell.date)?.date
  if (!date) return null
  const hour = cells.find((cell) => cell.hour !== undefined)?.hour
  return hour === undefined || !/^\d{1,2}$/.test(hour) ? { date } : { date, hour: Number(hour) }
}

/** The one PATCH a drop sends, or null when the entry lands where it already is (nothing to send). */
export function dropPatch(args: { at: string; target: DropTarget; timeZone: string }): { publishAt: string } | null {
  const publishAt = movedTime({ at: args.at, toDate: args.target.date, toHour: args.target.hour, timeZone: args.timeZone })
  return new Date(publishAt).getTime() === new Date(args.at).getTime() ? null : { publishAt }
}
