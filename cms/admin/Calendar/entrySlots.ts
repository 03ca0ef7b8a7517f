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

export type SlotDraft = { account: string; publishAt: string; mode?: string; bundle?: Id[]; titleVariant?: number }

/**
 * The batch's slots from the ticked accounts, each at its own time; the first account without a time
 * is named. `bundle`: the 次条 after the lead, for the accounts that push several articles (`to`);
 * `titleVariants`: the title each account sends (title tests; 1, the item's own, is the default). Pure.
 */
export function slotsOf(args: {
  checked: readonly string[]
  times: Readonly<Record<string, string>>
  modes: Readonly<Record<string, string | undefined>>
  timeZone: string
  nameOf: (id: string) => string
  bundle?: { to: readonly string[]; articles: readonly Id[] }
  titleVariants?: Readonly<Record<string, number>>
}): { ok: true; slots: SlotDraft[] } | { ok: false; message: string } {
  if (args.checked.length === 0) return { ok: false, message: '请至少勾选一个发布账号。' }
  const slots: SlotDraft[] = []
  for (const account of args.checked) {
    const publishAt = zonedLocalToIso({ value: args.times[account] ?? '', timeZone: args.timeZone })
    if (!publishAt) return { ok: false, message: `请填写「${args.nameOf(account)}」的发布时间。` }
    const mode = args.modes[account]
    const bundle = args.bundle && args.bundle.articles.length > 0 && args.bundle.to.includes(account) ? [...args.bundle.articles] : null
    const titleVariant = args.titleVariants?.[account] ?? 1
    slots.push({
      account,
      publishAt,
      ...(mode ? { mode } : {}),
      ...(bundle ? { bundle } : {}),
      ...(titleVariant > 1 ? { titleVariant } : {}),
    })
  }
  return { ok: true, slots }
}

/**
 * The accounts ticked: what the item's plan asks for, then the editor's own ticks and unticks for this
 * item on top (an untick wins over the plan, a tick adds to it). Derived in render rather than copied
 * into state when the plan arrives, so a box never changes under the editor's pointer. Pure.
 */
export function withOverrides(args: { prefilled: readonly string[]; overrides: Readonly<Record<string, boolean>> }): string[] {
  const added = Object.keys(args.overrides).filter((id) => args.overrides[id] && !args.prefilled.includes(id))
  return [...args.prefilled, ...added].filter((id) => args.overrides[id] !== false)
}

/**
 * What the form's account list shows. The boxes are offered only once the chosen item's plan and the
 * accounts are both read, and show the plan's ticks from their first frame: a box shown earlier would be
 * ticked by the plan a moment later, and a click landing then would untick what the editor meant to tick.
 */
export function accountListState(args: {
  itemChosen: boolean
  planRead: boolean
  accountsRead: boolean
  accountCount: number
  /** Accounts the user reads but may not schedule for (an operator's unassigned ones). */
  otherAccounts?: number
}): 'choose-item' | 'loading' | 'no-accounts' | 'none-assigned' | 'ready' {
  if (args.accountsRead && args.accountCount === 0) return (args.otherAccounts ?? 0) > 0 ? 'none-assigned' : 'no-accounts'
  if (!args.itemChosen) return 'choose-item'
  return args.planRead && args.accountsRead ? 'ready' : 'loading'
}
