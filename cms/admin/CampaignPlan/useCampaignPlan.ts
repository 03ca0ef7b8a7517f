'use client'
import { useCallback, useEffect, useState } from 'react'
import { z } from 'zod'
import { adminFetch } from '../adminApi'
import { DEFAULT_BUDGET_APPROVAL_THRESHOLD } from '../../planning/budgetRule'
import { campaignPlanPath, campaignPlanSchema } from './campaignPlanReply'

export type CampaignPlan = z.infer<typeof campaignPlanSchema>
export type PlanState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; plan: CampaignPlan; threshold: number }

const settingsSchema = z.object({ budgetApprovalThreshold: z.number().nullish() })

/** The saved campaign's budget and checklist, and 策划设置's threshold; read again after each save (`version`) or `reload`. */
export function useCampaignPlan(args: { id: string | number | undefined; version: unknown }): { state: PlanState; reload: () => void } {
  const [state, setState] = useState<PlanState>({ status: 'loading' })
  const [tick, setTick] = useState(0)
  const reload = useCallback(() => setTick((value) => value + 1), [])
  const { id, version } = args
  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    void Promise.all([
      adminFetch<unknown>(campaignPlanPath(id), { signal: controller.signal }),
      adminFetch<unknown>('/globals/planning-settings?depth=0', { signal: controller.signal }),
    ]).then(([campaign, settings]) => {
      if (controller.signal.aborted) return
      if (!campaign.ok) return setState({ status: 'error', message: campaign.message || '没能读取预算，请稍后重试。' })
      const plan = campaignPlanSchema.safeParse(campaign.data)
      if (!plan.success) return setState({ status: 'error', message: '预算数据格式不对，请联系管理员。' })
      const threshold = settings.ok ? settingsSchema.safeParse(settings.data).data?.budgetApprovalThreshold : null
      setState({ status: 'ready', plan: plan.data, threshold: threshold ?? DEFAULT_BUDGET_APPROVAL_THRESHOLD })
    })
    return () => controller.abort()
  }, [id, version, tick])
  return { state, reload }
}
