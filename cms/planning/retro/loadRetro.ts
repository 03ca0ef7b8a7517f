import type { PayloadRequest } from 'payload'
import { env } from '../../../lib/env'
import { zonedDate } from '../../../lib/zonedTime'
import { hasRole } from '../../access/roles'
import { campaignResults } from '../../analytics/targets/campaignResults'
import { contentRefOf, relationId } from '../../content'
import type { Campaign } from '../../payload-types'
import { REVIEW_STATES, type ReviewState } from '../../workflow/reviewStates'
import { budgetByCategory } from '../budgetByCategory'
import { DELIVERABLE_STATUS_LABELS, deliverableStatus } from '../deliverableStatus'
import type { RetroDeliverable, RetroPage } from './retroPage'

/** The best this many posts of each ranking are the page's 表现最好的内容. */
const TOP_RANK = 3

const TITLE_AND_STATE = { title: true, status: true } as const
const POPULATE = {
  users: { name: true },
  articles: TITLE_AND_STATE,
  videos: TITLE_AND_STATE,
  posters: TITLE_AND_STATE,
  notes: TITLE_AND_STATE,
} as const

const populated = (value: unknown): { name?: unknown; title?: unknown; status?: unknown } | null =>
  typeof value === 'object' && value !== null ? value : null

const reviewState = (value: unknown): ReviewState | null => REVIEW_STATES.find((state) => state === value) ?? null

function deliverableRow(args: { row: NonNullable<Campaign['deliverables']>[number]; today: string }): RetroDeliverable {
  const { row } = args
  const timeZone = env.APP_TIMEZONE
  const ref = contentRefOf(row.item)
  const item = populated(row.item?.value)
  const dueDay = row.dueDate ? zonedDate({ at: new Date(row.dueDate), timeZone }) : null
  // A linked item this person may not read stays unpopulated: it counts as linked, not as done.
  const itemState = ref === null ? null : (reviewState(item?.status) ?? 'draft')
  const status = deliverableStatus({ dueDay, itemState, today: args.today })
  const owner = populated(row.owner)
  return {
    title: row.title,
    ownerName: typeof owner?.name === 'string' ? owner.name : null,
    dueDay,
    item: ref === null ? null : { relationTo: ref.relationTo, id: ref.value, title: typeof item?.title === 'string' ? item.title : '' },
    status,
    statusLabel: DELIVERABLE_STATUS_LABELS[status].zh,
  }
}

/**
 * One campaign's 复盘, read with the signed-in person's access (null when it does not exist or is not
 * theirs to read): its KPI lines judged by the campaign results code, budget per category, the
 * checklist, the top posts and the notes.
 */
export async function loadRetro(args: { req: PayloadRequest; id: string; now: Date }): Promise<RetroPage | null> {
  const { req } = args
  const { payload, user } = req
  const campaign = await payload.findByID({
    collection: 'campaigns',
    id: args.id,
    depth: 1,
    populate: POPULATE,
    overrideAccess: false,
    user,
    req,
    disableErrors: true,
  })
  if (!campaign || !user) return null
  const results = await campaignResults({ req, id: String(campaign.id), now: args.now })
  const today = zonedDate({ at: args.now, timeZone: env.APP_TIMEZONE })
  const saved = await payload.find({
    collection: 'campaign-templates',
    where: { sourceCampaign: { equals: campaign.id } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { name: true },
    overrideAccess: false,
    user,
    req,
  })
  const isOwner = String(relationId(campaign.owner)) === String(user.id)
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      goal: campaign.goal ?? null,
      startsAt: campaign.startsAt ?? null,
      endsAt: campaign.endsAt ?? null,
    },
    period: results.period,
    open: results.period.complete,
    kpis: results.kpis,
    budget: budgetByCategory(campaign.budgetLines ?? []),
    deliverables: (campaign.deliverables ?? []).map((row) => deliverableRow({ row, today })),
    topPosts: results.posts.filter((post) => post.rank !== null && post.rank <= TOP_RANK),
    notes: { whatWorked: campaign.retro?.whatWorked ?? '', lessons: campaign.retro?.lessons ?? '' },
    savedCase: saved.docs[0] ? { id: saved.docs[0].id, name: saved.docs[0].name } : null,
    // The campaign's update rule: editors and admins, or its owner among the authors.
    can: {
      editNotes: hasRole(user, 'admin', 'editor') || (isOwner && hasRole(user, 'copywriter', 'designer')),
      saveCase: hasRole(user, 'admin', 'editor'),
    },
  }
}
