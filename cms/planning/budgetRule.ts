import { PLATFORM_PROFILES, isPlatformId } from '../../lib/platforms'
import { BUDGET_CATEGORY_LABELS, type BudgetApproval } from './planningLabels'

/** 策划设置's budgetApprovalThreshold when the team never saved one (yuan). */
export const DEFAULT_BUDGET_APPROVAL_THRESHOLD = 5000

export type BudgetLine = {
  id?: string | null
  category: keyof typeof BUDGET_CATEGORY_LABELS
  channel?: string | null
  label?: string | null
  planned: number
  spent?: number | null
  approval?: BudgetApproval | null
  approvedBy?: string | number | null
  approvedAt?: string | null
}

/** Who saves: an admin decides lines; a member only asks; the system (no user) writes what it was given. */
export type BudgetActor = { kind: 'admin'; id: string | number } | { kind: 'member' } | { kind: 'system' }

export type BudgetRuleResult = { ok: true; lines: BudgetLine[] } | { ok: false; message: string; line: BudgetLine }

/** How people name a line: its description, else 类别 · 渠道 (投流 · 抖音). */
export function budgetLineName(line: Pick<BudgetLine, 'category' | 'channel' | 'label'>): string {
  if (line.label?.trim()) return line.label.trim()
  const category = BUDGET_CATEGORY_LABELS[line.category]?.zh ?? line.category
  return isPlatformId(line.channel) ? `${category} · ${PLATFORM_PROFILES[line.channel].shortLabel.zh}` : category
}

export function formatYuan(amount: number): string {
  return `${amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`
}

const DECISIONS: readonly BudgetApproval[] = ['approved', 'rejected']

/** What a line asks the admins for: its plan, or what was spent when that is more. */
const amountOf = (line: Pick<BudgetLine, 'planned' | 'spent'>) => Math.max(line.planned, line.spent ?? 0)
/** An approval is for a use: the same category and channel. */
const samePurpose = (a: BudgetLine, b: BudgetLine) => a.category === b.category && (a.channel ?? null) === (b.channel ?? null)

/**
 * The approval a line ends with. At or under the threshold none is needed. Above it the line waits
 * for an admin unless: an admin (or the system) changes the approval to approved/rejected in this
 * save; it was approved and its amount did not grow; or it was rejected and its amount is the same
 * (a new amount is a new request). `requested` is what the save carries: for members, field access
 * has already put back the stored value, so only a change counts as a decision.
 */
function approvalFor(args: { line: BudgetLine; previous: BudgetLine | undefined; threshold: number; actor: BudgetActor }): {
  approval: BudgetApproval
  decided: boolean
} {
  const { line, previous, threshold, actor } = args
  if (amountOf(line) <= threshold) return { approval: 'not_needed', decided: false }
  const requested = line.approval ?? 'not_needed'
  const changed = previous === undefined || requested !== (previous.approval ?? 'not_needed')
  if (actor.kind !== 'member' && DECISIONS.includes(requested) && changed) return { approval: requested, decided: true }
  if (previous?.approval === 'approved' && amountOf(line) <= amountOf(previous) && samePurpose(line, previous))
    return { approval: 'approved', decided: false }
  if (previous?.approval === 'rejected' && amountOf(line) === amountOf(previous)) return { approval: 'rejected', decided: false }
  return { approval: 'pending', decided: false }
}

/** Spending is recorded only on a line that needs no approval or has it; what was already recorded stays. */
function spendRefusal(args: {
  line: BudgetLine
  previous: BudgetLine | undefined
  approval: BudgetApproval
  threshold: number
}): string | null {
  const { line, previous, approval, threshold } = args
  const spent = line.spent ?? 0
  if (approval !== 'pending' && approval !== 'rejected') return null
  if (spent <= 0 || spent <= (previous?.spent ?? 0)) return null
  const name = `预算项「${budgetLineName(line)}」`
  const over =
    spent > line.planned
      ? `已花 ${formatYuan(spent)}，超过计划 ${formatYuan(line.planned)}，也超过审批线 ${formatYuan(threshold)}`
      : `计划 ${formatYuan(line.planned)}，超过审批线 ${formatYuan(threshold)}`
  return approval === 'pending'
    ? `${name}${over}，还在等管理员批准，暂时不能记录已花金额。请先请管理员批准这一项，再填写已花。`
    : `${name}${over}，管理员没有批准，不能记录已花金额。请调整计划金额后重新提交，或请管理员批准。`
}

/**
 * The campaign's budget rule for one save. Lines are matched to the stored ones by their row id.
 * Returns the lines with approval and its stamp settled, or the first line whose spending is refused.
 */
export function applyBudgetRule(args: {
  lines: readonly BudgetLine[]
  previousLines: readonly BudgetLine[]
  threshold: number
  actor: BudgetActor
  now: Date
}): BudgetRuleResult {
  const previousById = new Map(args.previousLines.filter((line) => line.id).map((line) => [String(line.id), line]))
  const lines: BudgetLine[] = []
  for (const line of args.lines) {
    const previous = line.id ? previousById.get(String(line.id)) : undefined
    const { approval, decided } = approvalFor({ line, previous, threshold: args.threshold, actor: args.actor })
    const refusal = spendRefusal({ line, previous, approval, threshold: args.threshold })
    if (refusal) return { ok: false, message: refusal, line }
    const settled: BudgetLine = { ...line, approval }
    if (decided) {
      settled.approvedBy = args.actor.kind === 'admin' ? args.actor.id : (line.approvedBy ?? null)
      settled.approvedAt = args.actor.kind === 'admin' ? args.now.toISOString() : (line.approvedAt ?? args.now.toISOString())
    } else if (approval === 'pending' || approval === 'not_needed') {
      settled.approvedBy = null
      settled.approvedAt = null
    } else {
      settled.approvedBy = previous?.approvedBy ?? null
      settled.approvedAt = previous?.approvedAt ?? null
    }
    lines.push(settled)
  }
  return { ok: true, lines }
}

/** Lines that wait for an admin now and did not before this save (new, raised or re-opened): the admins hear of each once. */
export function linesNowPending(args: { lines: readonly BudgetLine[]; previousLines: readonly BudgetLine[] }): BudgetLine[] {
  const waitingBefore = new Set(args.previousLines.filter((line) => line.approval === 'pending' && line.id).map((line) => String(line.id)))
  return args.lines.filter((line) => line.approval === 'pending' && !(line.id && waitingBefore.has(String(line.id))))
}
