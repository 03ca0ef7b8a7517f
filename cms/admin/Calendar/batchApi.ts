'use client'
import { z } from 'zod'

const refusal = z.object({ errors: z.array(z.object({ message: z.string(), slot: z.number().optional() })).min(1) })
const created = z.object({ docs: z.array(z.object({ id: z.union([z.string(), z.number()]) })) })

export type BatchRequest = {
  content: { relationTo: string; value: string | number }
  campaign?: string | number | null
  slots: { account: string | number; publishAt: string; mode?: string; bundle?: (string | number)[]; titleVariant?: number }[]
}

/** POST /api/calendar-entries/batch: every slot, or every problem in words (one per slot). */
export async function createEntries(body: BatchRequest): Promise<{ ok: true; count: number } | { ok: false; messages: string[] }> {
  try {
    const response = await fetch('/api/calendar-entries/batch', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json: unknown = await response.json().catch(() => null)
    if (response.ok) {
      const parsed = created.safeParse(json)
      return { ok: true, count: parsed.success ? parsed.data.docs.length : body.slots.length }
    }
    const parsed = refusal.safeParse(json)
    return {
      ok: false,
      messages: parsed.success ? parsed.data.errors.map((e) => e.message) : [`没有创建（服务器返回 ${response.status}），请稍后重试。`],
    }
  } catch {
    return { ok: false, messages: ['网络错误，没有创建。请检查网络后再点一次「创建排期」。'] }
  }
}
