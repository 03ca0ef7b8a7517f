import { zonedToUtc } from '../../../lib/zonedTime'

type Id = string | number

/**
 * The accounts the new-entry form starts with ticked: the item's own 发布账号 (targets) and the
 * accounts on its campaign's channels, minus those that already have a slot for the item. Pure.
 */
export function prefilledAccounts(args: {
  accounts: readonly { id: Id; platform: string }[]
  targets: readonly Id[]
  channels: readonly string[]
  scheduled: readonly Id[]
}): string[] {
  const targets = new Set(args.targets.map(String))
  const scheduled = new Set(args.scheduled.map(String))
  return args.accounts
    .filter(
      (account) => (targets.has(String(account.id)) || args.channels.includes(account.platform)) && !scheduled.has(String(account.id)),
    )
    .map((account) => String(account.id))
}

/** A datetime-local value (YYYY-MM-DDTHH:mm) read in the team's zone, as UTC ISO; null when incomplete. */
export function zonedLocalToIso(args: { value: string; timeZone: string }): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(args.value)
  if (!match) return null
  return zonedToUtc({ date: match[1], time: match[2], timeZone: args.timeZone }).toISOString()
}

export type SlotDraft = { account: string; publishAt: string; mode?: string }

/** The batch's slots from the ticked accounts, each at its own time; the first account without a time is named. */
export function slotsOf(args: {
  checked: readonly string[]
  times: Readonly<Record<string, string>>
  modes: Readonly<Record<string, string | undefined>>
  timeZone: string
  nameOf: (id: string) => string
}): { ok: true; slots: SlotDraft[] } | { ok: false; message: string } {
  if (args.checked.length === 0) return { ok: false, message: '请至少勾选一个发布账号。' }
  const slots: SlotDraft[] = []
  for (const account of args.checked) {
    const publishAt = zonedLocalToIso({ value: args.times[account] ?? '', timeZone: args.timeZone })
    if (!publishAt) return { ok: false, message: `请填写「${args.nameOf(account)}」的发布时间。` }
    const mode = args.modes[account]
    slots.push({ account, publishAt, ...(mode ? { mode } : {}) })
  }
  return { ok: true, slots }
}

/**
 * The accounts ticked once an item's plan arrives: what the plan asks for, with the editor's own ticks
 * and unticks since choosing the item kept (they may come before the plan does). Pure.
 */
export function withOverrides(args: {
  prefilled: readonly string[]
  current: readonly string[]
  overrides: Readonly<Record<string, boolean>>
}): string[] {
  const ids = [...args.prefilled, ...args.current.filter((id) => args.overrides[id] === true && !args.prefilled.includes(id))]
  return ids.filter((id) => args.overrides[id] !== false)
}
