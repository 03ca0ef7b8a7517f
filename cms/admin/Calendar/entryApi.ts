'use client'
import { z } from 'zod'

/** Payload's error body: one or more messages, a validation error with one message per field under `data.errors`. */
const errorBody = z.object({
  errors: z
    .array(
      z.object({
        message: z.string(),
        data: z
          .object({ errors: z.array(z.object({ message: z.string(), label: z.string().optional(), path: z.string().optional() })) })
          .partial()
          .nullish(),
      }),
    )
    .min(1),
})

/** The server's refusal in words: its message, then what each field was refused for. */
export function refusalText(body: unknown, status: number): string {
  const parsed = errorBody.safeParse(body)
  if (!parsed.success) return `保存失败（服务器返回 ${status}），请稍后重试或联系管理员。`
  return parsed.data.errors
    .map((error) => {
      const fields = (error.data?.errors ?? []).map((field) => `${field.label ?? field.path ?? ''}：${field.message}`)
      return fields.length > 0 ? `${error.message}（${fields.join('；')}）` : error.message
    })
    .join(' ')
}

/** Creates (no id) or updates a calendar entry; a refusal comes back as the server's words. */
export async function saveEntry(args: {
  id?: string | number
  body: Record<string, unknown>
}): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch(args.id === undefined ? '/api/calendar-entries' : `/api/calendar-entries/${args.id}`, {
      method: args.id === undefined ? 'POST' : 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args.body),
    })
    if (response.ok) return { ok: true }
    return { ok: false, message: refusalText(await response.json().catch(() => null), response.status) }
  } catch {
    return { ok: false, message: '网络错误，没有保存。请检查网络后再点一次「保存」。' }
  }
}
