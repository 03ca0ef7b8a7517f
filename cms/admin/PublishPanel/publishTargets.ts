import { isPlatformId, PLATFORM_LABELS } from '../../../lib/platforms'

type Id = string | number
type Account = { id: Id; name: string; platform: string }

/** The item's 发布账号 as ids, whether the form holds them as ids or as populated accounts. */
export function targetIdsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    if (typeof item === 'string' || typeof item === 'number') return [String(item)]
    if (item !== null && typeof item === 'object' && 'id' in item && (typeof item.id === 'string' || typeof item.id === 'number'))
      return [String(item.id)]
    return []
  })
}

/** 立即发布 offers the item's own 发布账号 only, in the order the item lists them. */
export function publishNowAccounts<A extends Account>(args: { accounts: readonly A[]; targets: readonly string[] }): A[] {
  return args.targets.flatMap((target) => args.accounts.filter((account) => String(account.id) === target))
}

/** The question asked before anything is sent: which account (名称) on which platform (平台). */
export function publishNowQuestion(account: Account): string {
  const platformName = isPlatformId(account.platform) ? PLATFORM_LABELS[account.platform].zh : '平台'
  return `确定现在就发布到${platformName}账号「${account.name}」吗？发出后不能撤回。`
}

/** The target accounts still without a slot for the item: 排期 is offered only for these. */
export function unscheduledTargets(args: { targets: readonly string[]; scheduled: readonly Id[] }): string[] {
  const scheduled = new Set(args.scheduled.map(String))
  return args.targets.filter((target) => !scheduled.has(target))
}
