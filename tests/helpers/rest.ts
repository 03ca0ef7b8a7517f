import assert from 'node:assert/strict'

/** Minimal REST client for tests: real HTTP against the test server. */
export type ApiReply<T = Record<string, unknown>> = { status: number; body: T }

export async function api<T = Record<string, unknown>>(args: {
  url: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  token?: string | null
  body?: unknown
  form?: FormData
}): Promise<ApiReply<T>> {
  const headers: Record<string, string> = {}
  if (args.token) headers.authorization = `JWT ${args.token}`
  let body: BodyInit | undefined
  if (args.form) body = args.form
  else if (args.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(args.body)
  }
  const response = await fetch(`${args.url}${args.path}`, { method: args.method, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    // non-JSON reply: keep the text
  }
  return { status: response.status, body: parsed as T }
}

export async function login(args: { url: string; email: string; password: string }): Promise<string> {
  const reply = await api<{ token?: string; errors?: unknown }>({
    url: args.url,
    method: 'POST',
    path: '/api/users/login',
    body: { email: args.email, password: args.password },
  })
  if (reply.status !== 200 || !reply.body.token) {
    throw new Error(`login ${args.email} failed: ${reply.status} ${JSON.stringify(reply.body)}`)
  }
  return reply.body.token
}

/** A new article saved as a draft over REST by `token`'s user, as the admin's new form does; its id. */
export async function draftArticle(args: { url: string; token: string; data?: Record<string, unknown> }): Promise<number | string> {
  const reply = await api<{ doc: { id: number | string } }>({
    url: args.url,
    method: 'POST',
    path: '/api/articles?draft=true',
    token: args.token,
    body: args.data ?? {},
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  return reply.body.doc.id
}
