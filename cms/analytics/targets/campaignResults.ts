import type { PayloadRequest } from 'payload'
import { env } from '../../../lib/env'
import { addDays, zonedDate } from '../../../lib/zonedTime'
import { relationId } from '../../content'
import { findForUser } from '../../http/findForUser'
import { loadMetricRows } from '../loadMetricRows'
import { KPI_ROW_SELECT } from './kpiRowSelect'
import { campaignDeliveries } from './campaignDeliveries'
import { evaluateKpi } from './evaluateKpi'
import { loadAccounts, unknownAccount } from './loadAccounts'
import { loadFollowerDays } from './loadFollowerDays'
import { loadTitles, titleSent } from './loadTitles'
import { kpiResult } from './kpiResult'
import type { KpiLine } from './kpiLine'
import { measuredPeriod } from './measuredPeriod'
import { publishedPosts } from './publishedPosts'
import { rankPosts, type PostToRank } from './rankPosts'
import { campaignResultsSchema, type CampaignResults } from './replies'

/**
 * A campaign judged against its KPI lines, and its posts ranked: what GET /api/analytics/campaigns/:id
 * answers. The campaign is read with the caller's access (404 when they may not see it).
 */
export async function campaignResults(args: { req: PayloadRequest; id: string; now: Date }): Promise<CampaignResults> {
  const { req } = args
  const { payload } = req
  const timeZone = env.APP_TIMEZONE
  const campaign = await findForUser({ req, collection: 'campaigns', id: args.id, missing: '找不到这个活动，或你没有查看它的权限。' })
  const today = zonedDate({ at: args.now, timeZone })
  const yesterday = addDays(today, -1)
  const from = zonedDate({ at: new Date(campaign.startsAt ?? campaign.createdAt), timeZone })
  const end = campaign.endsAt ? zonedDate({ at: new Date(campaign.endsAt), timeZone }) : null
  const { period, span } = measuredPeriod({ from, end, today })

  const deliveries = await campaignDeliveries({ payload, campaign: campaign.id })
  // A push's readers keep coming after the campaign ends (its 打开率 counts them): rows up to yesterday.
  const rows =
    span === null
      ? []
      : await loadMetricRows({ payload, req, from, to: yesterday, where: { campaign: { equals: campaign.id } }, select: KPI_ROW_SELECT })
  const lines: KpiLine[] = (campaign.kpis ?? []).map((line) => ({ ...line, account: relationId(line.account) }))
  const accountIds = [
    ...new Set([
      ...deliveries.map((delivery) => delivery.account),
      ...rows.flatMap((row) => (row.account === null ? [] : [String(row.account)])),
      ...lines.flatMap((line) => (line.account === null || line.account === undefined ? [] : [String(line.account)])),
    ]),
  ]
  const accounts = await loadAccounts({ payload, ids: accountIds })
  const platformOf = new Map([...accounts].map(([id, account]) => [id, account.platform]))
  const posts = publishedPosts({ deliveries, platformOf, timeZone })
  const inputs = {
    rows,
    posts,
    accounts: [...accounts].map(([id, account]) => ({ id, platform: account.platform })),
    followers: await loadFollowerDays({ payload, accounts: accountIds, to: yesterday }),
  }
  const kpis = lines.map((line) =>
    kpiResult({
      line,
      evaluation: evaluateKpi({ line, inputs, span, complete: period.complete }),
      accountName: line.account === null || line.account === undefined ? null : (accounts.get(String(line.account))?.name ?? null),
    }),
  )

  const titles = await loadTitles({ payload, refs: deliveries.flatMap((delivery) => delivery.articles.map((article) => article.ref)) })
  const toRank: PostToRank[] = deliveries.flatMap((delivery) =>
    delivery.articles.map((article, index) => ({
      key: `${delivery.id}:${index + 1}`,
      delivery: delivery.id,
      position: index + 1,
      title: titleSent({ titles, ref: article.ref, variant: index === 0 ? delivery.titleVariant : null }),
      collection: article.ref.relationTo,
      item: article.ref.value,
      account: accounts.get(delivery.account) ?? unknownAccount(delivery.account),
      publishedAt: delivery.publishedAt,
      link: article.url,
      mass: delivery.mode === 'mass',
    })),
  )
  return campaignResultsSchema.parse({
    campaign: { id: campaign.id, name: campaign.name, startsAt: campaign.startsAt ?? null, endsAt: campaign.endsAt ?? null },
    period,
    kpis,
    posts: rankPosts({ posts: toRank, rows }),
  })
}
