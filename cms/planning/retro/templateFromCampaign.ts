import { zonedDate } from '../../../lib/zonedTime'
import { daysBetween } from '../../analytics/targets/dateBuckets'
import type { Campaign, CampaignTemplate } from '../../payload-types'
import { campaignDays } from './campaignDays'
import type { RetroSnapshot } from './retroSnapshot'
import { copyKpiLines } from './copyKpiLines'

export type TemplateData = Omit<CampaignTemplate, 'id' | 'createdAt' | 'updatedAt'>

/**
 * A finished campaign as a case for the 案例库: its plan (goal, brief, channels, KPI lines, planned
 * budget), its checklist due so many days after the start, its notes, and the results snapshot.
 */
export function templateFromCampaign(args: { campaign: Campaign; results: RetroSnapshot; timeZone: string }): TemplateData {
  const { campaign, timeZone } = args
  const days = campaignDays({ startsAt: campaign.startsAt, endsAt: campaign.endsAt, timeZone })
  return {
    name: `${campaign.name} 案例`.slice(0, 120),
    sourceCampaign: campaign.id,
    goal: campaign.goal ?? null,
    brief: campaign.brief ?? null,
    channels: campaign.channels ?? [],
    durationDays: days?.durationDays ?? null,
    kpis: copyKpiLines(campaign.kpis),
    budgetLines: (campaign.budgetLines ?? []).map((line) => ({
      category: line.category,
      channel: line.channel ?? null,
      label: line.label ?? null,
      planned: line.planned,
    })),
    deliverables: (campaign.deliverables ?? []).map((row) => ({
      title: row.title,
      dueOffsetDays:
        row.dueDate && days ? daysBetween({ from: days.startDay, to: zonedDate({ at: new Date(row.dueDate), timeZone }) }) : null,
    })),
    whatWorked: campaign.retro?.whatWorked ?? null,
    lessons: campaign.retro?.lessons ?? null,
    results: args.results,
  }
}
