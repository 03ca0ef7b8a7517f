'use client'
/** Same-origin JSON calls from admin components; errors come back in Payload's shape. */
export async function adminFetch<T>(
  path: string,
  init?: { method?: string; body?: unknown; signal?: AbortSignal },
): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
  try {
    const response = await fetch(`/api${path}`, {
      method: init?.method ?? 'GET',
      credentials: 'include',
      headers: init?.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init?.signal,
    })
    // Read whole before parsing: a body cut off or left unread (the component went away) is not an empty answer.
    const text = await response.text()
    const data = parsedBody(text) as (T & { errors?: { message: string }[] }) | undefined
    if (!response.ok) return { ok: false, message: data?.errors?.[0]?.message ?? `请求失败（${response.status}）` }
    if (data === undefined) return { ok: false, message: '服务器返回的内容读不出来，请稍后重试。' }
    return { ok: true, data }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return { ok: false, message: '' }
    return { ok: false, message: '网络错误，请稍后重试。' }
  }
}

/** The answer's JSON; `{}` for an empty body (204, a DELETE's bare 200); undefined when it is not JSON (cut off, an HTML error page). */
function parsedBody(text: string): unknown {
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
