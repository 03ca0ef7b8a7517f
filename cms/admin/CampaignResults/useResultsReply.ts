'use client'
import { useEffect, useState } from 'react'
import type { ZodType } from 'zod'
import { adminFetch } from '../adminApi'

export type ResultsState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T }

/** GET one results endpoint (`path` under /api, null to wait) and check its reply with the endpoint's own schema. */
export function useResultsReply<T>(path: string | null, schema: ZodType<T>): ResultsState<T> {
  const [state, setState] = useState<ResultsState<T>>({ status: 'loading' })
  useEffect(() => {
    if (path === null) return
    const controller = new AbortController()
    setState({ status: 'loading' })
    void adminFetch<unknown>(path, { signal: controller.signal }).then((reply) => {
      if (controller.signal.aborted) return
      if (!reply.ok) return setState({ status: 'error', message: reply.message || '没能读取数据，请稍后重试。' })
      const parsed = schema.safeParse(reply.data)
      setState(parsed.success ? { status: 'ready', data: parsed.data } : { status: 'error', message: '数据格式不对，请联系管理员。' })
    })
    return () => controller.abort()
  }, [path, schema])
  return state
}
