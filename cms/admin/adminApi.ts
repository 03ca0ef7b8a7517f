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
    const data = (await response.json().catch(() => ({}))) as T & { errors?: { message: string }[] }
    if (!response.ok) return { ok: false, message: data.errors?.[0]?.message ?? `请求失败（${response.status}）` }
    return { ok: true, data }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return { ok: false, message: '' }
    return { ok: false, message: '网络错误，请稍后重试。' }
  }
}
