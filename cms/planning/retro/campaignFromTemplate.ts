import { addDays, zonedDate } from '../../../lib/zonedTime'
import type { Campaign, CampaignTemplate } from '../../payload-types'
import { dueDateOn, endOfRun } from './campaignDays'
import { copyKpiLines } from './copyKpiLines'

export type NewCampaignData = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt' | 'template'>

/**
 * A new campaign planned from a case: the case's goal, brief, channels, KPI lines and budget (nothing
 * spent yet), running as many days from `startsAt`, with each checklist row due as many days after
 * the new start as it was after the old one.
 */
export function campaignFromTemplate(args: {
  template: CampaignTemplate
  name: string
  startsAt: Date
  owner: string | number
  timeZone: string
}): NewCampaignData {
  const { template, timeZone } = args
  const startDay = zonedDate({ at: args.startsAt, timeZone })
  return {
    name: args.name,
    goal: template.goal ?? null,
    brief: template.brief ?? null,
    startsAt: args.startsAt.toISOString(),
    endsAt: template.durationDays
      ? endOfRun({ startsAt: args.startsAt, durationDays: template.durationDays, timeZone }).toISOString()
      : null,
    channels: template.channels ?? [],
    kpis: copyKpiLines(template.kpis),
    budgetLines: (template.budgetLines ?? []).map((line) => ({
      category: line.category,
      channel: line.channel ?? null,
      label: line.label ?? null,
      planned: line.planned,
      spent: 0,
    })),
    deliverables: (template.deliverables ?? []).map((row) => ({
      title: row.title,
      dueDate:
        row.dueOffsetDays === null || row.dueOffsetDays === undefined
          ? null
          : dueDateOn({ day: addDays(startDay, row.dueOffsetDays), timeZone }),
    })),
    owner: args.owner,
  }
}
