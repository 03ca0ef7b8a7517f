'use client'
import { useEffect, useState } from 'react'
import { dashboardReplySchema, type DashboardReply } from '../../analytics/dashboard/dashboardReply'
import { adminFetch } from '../adminApi'
import type { ResultsFilters } from './ResultsBoard'

/** The last answer stays on screen while the next one loads, so a filter change does not blank the page. */
export type DashboardState = { reply: DashboardReply | null; loading: boolean; error: string | null }

/** The query string of the filters that are set (an empty filter means every platform, account, campaign). */
export function dashboardQuery(filters: ResultsFilters): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''))
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

/** One call of GET /api/analytics/dashboard per change of the filters; an older answer never overwrites a newer one. */
export function useDashboard(filters: ResultsFilters): DashboardState {
  const [state, setState] = useState<DashboardState>({ reply: null, loading: true, error: null })
  const query = dashboardQuery(filters)
  useEffect(() => {
    const controller = new AbortController()
    setState((previous) => ({ ...previous, loading: true }))
    void adminFetch<unknown>(`/analytics/dashboard${query}`, { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return
      if (!result.ok) {
        setState({ reply: null, loading: false, error: result.message || '读取失败，请稍后重试。' })
        return
      }
      const parsed = dashboardReplySchema.safeParse(result.data)
      setState(
        parsed.success
          ? { reply: parsed.data, loading: false, error: null }
          : { reply: null, loading: false, error: '看板数据的格式不对，请刷新页面重试。' },
      )
    })
    return () => controller.abort()
  }, [query])
  return state
}
