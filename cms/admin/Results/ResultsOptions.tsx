import type { PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'
import { ResultsBoard, type FilterOptions, type ResultsFilters } from './ResultsBoard'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** The accounts and campaigns the filters offer, read as the signed-in user may, then the board. */
export async function ResultsOptions(args: {
  req: PayloadRequest
  searchParams: Record<string, string | string[] | undefined> | undefined
  timeZone: string
}) {
  const { req } = args
  const common = { depth: 0, pagination: false, req, user: req.user, overrideAccess: false } as const
  const [accounts, campaigns] = await Promise.all([
    req.payload.find({ collection: 'platform-accounts', select: { name: true, platform: true }, sort: 'name', ...common }),
    req.payload.find({ collection: 'campaigns', select: { name: true }, sort: '-createdAt', limit: 200, ...common, pagination: true }),
  ])
  const options: FilterOptions = {
    accounts: accounts.docs.map((doc) => ({ id: String(doc.id), name: doc.name, platform: doc.platform })),
    campaigns: campaigns.docs.map((doc) => ({ id: String(doc.id), name: doc.name })),
  }
  const search = args.searchParams ?? {}
  const initial: ResultsFilters = {
    from: first(search.from),
    to: first(search.to),
    platform: first(search.platform),
    account: first(search.account),
    campaign: first(search.campaign),
  }
  return (
    <ResultsBoard options={options} initial={initial} timeZone={args.timeZone} canOpenDeliveries={hasRole(req.user, 'admin', 'editor')} />
  )
}
