import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { DEFAULT_BUDGET_APPROVAL_THRESHOLD } from '../../../planning/budgetRule'

const settingsSchema = z.object({ budgetApprovalThreshold: z.number().finite().min(0).nullish() })

/** 策划设置's budget approval threshold in yuan (the default when the team has not set one). */
export async function budgetThreshold(req: PayloadRequest): Promise<number> {
  const settings = await req.payload.findGlobal({ slug: 'planning-settings', depth: 0, overrideAccess: true, req })
  const parsed = settingsSchema.safeParse(settings)
  return (parsed.success ? parsed.data.budgetApprovalThreshold : null) ?? DEFAULT_BUDGET_APPROVAL_THRESHOLD
}
