import { zonedToUtc } from '../../lib/zonedTime'
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

/** A cell of the calendar by account: one account's day. */
export type MatrixCell = { accountId: string | number; platform: string; date: string }
export type MatrixDrop =
  { kind: 'move'; patch: { publishAt: string; account?: string | number } } | { kind: 'unchanged' } | { kind: 'refused'; message: string }

/** Whether an entry of one platform may be dropped on a row: only accounts of the same platform take it. */
export function acceptsDrop(args: { entryPlatform: string; rowPlatform: string }): boolean {
  return args.entryPlatform === args.rowPlatform
}

/** Why a row of another platform takes no slot, in the platforms' names. */
export function crossPlatformRefusal(args: {
  entryPlatform: string
  rowPlatform: string
  platformLabel: (platform: string) => string
}): string {
  const from = args.platformLabel(args.entryPlatform)
  return `不能拖到${args.platformLabel(args.rowPlatform)}账号：${from}的排期只能换到另一个${from}账号。`
}

/**
 * A drop in the calendar by account: another day of the same row keeps the time of day; another row
 * of the same platform moves the entry to that account as well (one PATCH of both); a row of another
 * platform takes nothing (its content, limits and hand-off differ).
 */
export function matrixDrop(args: {
  entry: { publishAt: string; accountId: string | number; platform: string }
  target: MatrixCell
  timeZone: string
  platformLabel: (platform: string) => string
}): MatrixDrop {
  const { entry, target } = args
  if (!acceptsDrop({ entryPlatform: entry.platform, rowPlatform: target.platform })) {
    return {
      kind: 'refused',
      message: crossPlatformRefusal({ entryPlatform: entry.platform, rowPlatform: target.platform, platformLabel: args.platformLabel }),
    }
  }
  const publishAt = movedTime({ at: entry.publishAt, toDate: target.date, timeZone: args.timeZone })
  const sameAccount = String(entry.accountId) === String(target.accountId)
  if (sameAccount && new Date(publishAt).getTime() === new Date(entry.publishAt).getTime()) return { kind: 'unchanged' }
  return { kind: 'move', patch: sameAccount ? { publishAt } : { account: target.accountId, publishAt } }
}

/** A 选题 dropped on a day without an hour is planned at 10:00 in the team's zone (moved afterwards like any slot). */
export const TOPIC_SLOT_TIME = '10:00'

/** When a 选题 dropped on the calendar is published: the hour row it landed on (week view), else 10:00. */
export function topicSlotTime(args: { target: DropTarget; timeZone: string }): string {
  const time = args.target.hour === undefined ? TOPIC_SLOT_TIME : `${String(args.target.hour).padStart(2, '0')}:00`
  return zonedToUtc({ date: args.target.date, time, timeZone: args.timeZone }).toISOString()
}

type Id = string | number
/** The account a dropped 选题 takes, or the accounts the editor picks from (the topic's targets, or every account). */
export type TopicDropAccount = { kind: 'account'; account: Id } | { kind: 'pick'; among: 'targets' | 'all' }

/**
 * The row's account in the calendar by account; elsewhere the topic's one target account; a topic with
 * several targets, or none, asks which account (the server still refuses one outside its targets).
 */
export function topicDropAccount(args: { rowAccount?: Id; targets: readonly Id[] }): TopicDropAccount {
  if (args.rowAccount !== undefined) return { kind: 'account', account: args.rowAccount }
  if (args.targets.length === 1) return { kind: 'account', account: args.targets[0] }
  return { kind: 'pick', among: args.targets.length > 1 ? 'targets' : 'all' }
}
