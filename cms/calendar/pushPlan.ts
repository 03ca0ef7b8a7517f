import { PUSH_MODE_LABELS, type PushMode, type PushProfile } from '../../lib/platforms'

/**
 * How a slot reaches its audience on platforms whose profile has `push` (the mode, the follower tag,
 * the articles after the lead), decided from the profile and the account's settings. Pure.
 */

/** The mode a push goes out in: the slot's, else the account's default, else the profile's first. Null: the platform has no modes. */
export function effectivePushMode(args: {
  push: PushProfile | undefined
  entryMode: string | null | undefined
  settings: Record<string, unknown>
}): PushMode | null {
  const { push } = args
  if (!push) return null
  const modes: readonly string[] = push.modes
  const pick = (value: unknown): PushMode | null =>
    typeof value === 'string' && modes.includes(value) ? (push.modes.find((mode) => mode === value) ?? null) : null
  return pick(args.entryMode) ?? pick(args.settings.defaultPushMode) ?? push.modes[0] ?? null
}

/** The account's type among the profile's quota rules (settings.accountType); an account that names none has the first listed. */
export function accountTypeOf(args: { push: PushProfile; settings: Record<string, unknown> }): string | null {
  const types = Object.keys(args.push.massQuota)
  const named = args.settings.accountType
  return typeof named === 'string' && types.includes(named) ? named : (types[0] ?? null)
}

export type PushPlan = {
  push: PushProfile | undefined
  accountName: string
  platformLabel: string
  leadCollection: string
  leadId: string
  mode: string | null | undefined
  tagId: string | null | undefined
  bundle: readonly string[]
  /** The title of an article by id, for the messages. */
  titleOf: (id: string) => string
}

/** What is wrong with a slot's mode, tag and bundle for its account, in words for the editor, or null. */
export function pushPlanRefusal(plan: PushPlan): string | null {
  const { push } = plan
  const account = `「${plan.accountName}」是${plan.platformLabel}账号`
  if (!push) {
    if (plan.mode) return `${account}，没有推送方式可选（群发、发表、草稿只用于公众号）。请清空「推送方式」。`
    if (plan.tagId) return `${account}，不能按粉丝标签群发。请清空「群发对象标签 ID」。`
    if (plan.bundle.length > 0) return `${account}，不能多篇合发。请清空「次条（多图文）」，每篇单独排期。`
    return null
  }
  if (plan.mode && !(push.modes as readonly string[]).includes(plan.mode))
    return `${account}，不支持推送方式「${plan.mode}」。可选：${push.modes.map((mode) => PUSH_MODE_LABELS[mode].zh).join('、')}。`
  if (plan.bundle.length === 0) return null
  if (plan.leadCollection !== 'articles') return '多图文的头条必须是一篇图文：视频或海报不能带次条。请清空「次条」或换一篇图文做头条。'
  const most = push.maxArticles - 1
  if (plan.bundle.length > most)
    return `一次推送最多 ${push.maxArticles} 篇（头条 + ${most} 篇次条），现在有 ${plan.bundle.length} 篇次条。请删掉 ${plan.bundle.length - most} 篇。`
  if (plan.bundle.includes(plan.leadId)) return `《${plan.titleOf(plan.leadId)}》已经是头条，不能再作为次条。请从「次条」中删掉它。`
  const seen = new Set<string>()
  for (const id of plan.bundle) {
    if (seen.has(id)) return `《${plan.titleOf(id)}》在次条里出现了两次。请只保留一次。`
    seen.add(id)
  }
  return null
}
