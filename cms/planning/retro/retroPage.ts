import type { KpiResult, RankedPost } from '../../analytics/targets/replies'
import type { MeasuredPeriod } from '../../analytics/targets/measuredPeriod'
import type { ContentSlug } from '../../content'
import type { BudgetRow } from '../budgetByCategory'
import type { DeliverableStatus } from '../deliverableStatus'

export type RetroDeliverable = {
  title: string
  ownerName: string | null
  dueDay: string | null
  item: { relationTo: ContentSlug; id: string | number; title: string } | null
  status: DeliverableStatus
  statusLabel: string
}

/** What the 复盘 page shows of one campaign, read with the person's own access. */
export type RetroPage = {
  campaign: { id: string | number; name: string; goal: string | null; startsAt: string | null; endsAt: string | null }
  period: MeasuredPeriod
  /** The 复盘 opens the day after the end date, when the last day's numbers are in and each KPI is 达成 or 未达成. */
  open: boolean
  kpis: KpiResult[]
  budget: { rows: BudgetRow[]; total: { planned: number; spent: number } }
  deliverables: RetroDeliverable[]
  /** The best three of each ranking (by readers, plays or interactions). */
  topPosts: RankedPost[]
  notes: { whatWorked: string; lessons: string }
  /** The newest case saved from this campaign, if any. */
  savedCase: { id: string | number; name: string } | null
  can: { editNotes: boolean; saveCase: boolean }
}
