import { accountTargetsEndpoint } from './accountTargetsEndpoint'
import { campaignResultsEndpoint } from './campaignResultsEndpoint'
import { collectEndpoint } from './collectEndpoint'
import { dashboardEndpoint } from './dashboardEndpoint'
import { itemResultsEndpoint } from './itemResultsEndpoint'
import { titleTestsEndpoint } from './titleTestsEndpoint'
import { weeklyReportEndpoint } from './weeklyReportEndpoint'

/** Every `/api/analytics/…` endpoint: 立即更新, the dashboard, campaign/item/account numbers, the weekly report, title tests. */
export const analyticsEndpoints = [
  collectEndpoint,
  dashboardEndpoint,
  campaignResultsEndpoint,
  itemResultsEndpoint,
  accountTargetsEndpoint,
  weeklyReportEndpoint,
  titleTestsEndpoint,
]
