'use client'
import { addDays, zonedDate } from '../../../lib/zonedTime'
import { platformLabel } from '../labels'
import type { FilterOptions, ResultsFilters } from './ResultsBoard'
import { ScriptButton, ScriptInput, ScriptSelect } from '../ScriptControls'

const PRESETS = [7, 30, 90] as const
const fieldStyle = { padding: '4px 8px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 } as const

/** Date range (with 近 7/30/90 天) and platform, account and campaign filters; every change is one new request. */
export function FilterBar(args: {
  filters: ResultsFilters
  shownRange: { from: string; to: string } | null
  options: FilterOptions
  timeZone: string
  onChange: (next: ResultsFilters) => void
}) {
  const { filters, options, onChange } = args
  const yesterday = addDays(zonedDate({ at: new Date(), timeZone: args.timeZone }), -1)
  const set = (patch: Partial<ResultsFilters>) => onChange({ ...filters, ...patch })
  const platforms = [...new Set(options.accounts.map((account) => account.platform))]
  const accounts = options.accounts.filter((account) => filters.platform === '' || account.platform === filters.platform)
  return (
    <div data-testid="results-filters" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 16 }}>
      <label>
        从{' '}
        <ScriptInput
          type="date"
          aria-label="开始日期"
          value={filters.from || args.shownRange?.from || ''}
          max={filters.to || args.shownRange?.to || undefined}
          onChange={(event) => set({ from: event.target.value })}
          style={fieldStyle}
        />
      </label>
      <label>
        到{' '}
        <ScriptInput
          type="date"
          aria-label="结束日期"
          value={filters.to || args.shownRange?.to || ''}
          onChange={(event) => set({ to: event.target.value })}
          style={fieldStyle}
        />
      </label>
      {PRESETS.map((days) => (
        <ScriptButton
          key={days}
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          onClick={() => set({ from: addDays(yesterday, -(days - 1)), to: yesterday })}
        >
          近 {days} 天
        </ScriptButton>
      ))}
      <ScriptSelect
        aria-label="平台"
        value={filters.platform}
        onChange={(event) => set({ platform: event.target.value, account: '' })}
        style={fieldStyle}
      >
        <option value="">全部平台</option>
        {platforms.map((platform) => (
          <option key={platform} value={platform}>
            {platformLabel(platform)}
          </option>
        ))}
      </ScriptSelect>
      <ScriptSelect aria-label="账号" value={filters.account} onChange={(event) => set({ account: event.target.value })} style={fieldStyle}>
        <option value="">全部账号</option>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}（{platformLabel(account.platform)}）
          </option>
        ))}
      </ScriptSelect>
      <ScriptSelect
        aria-label="活动"
        value={filters.campaign}
        onChange={(event) => set({ campaign: event.target.value })}
        style={fieldStyle}
      >
        <option value="">全部活动</option>
        {options.campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
          </option>
        ))}
      </ScriptSelect>
    </div>
  )
}
