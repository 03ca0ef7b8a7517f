import { APIError, type PayloadRequest } from 'payload'

export type BodySource = Pick<PayloadRequest, 'headers' | 'text'>

/** The request's media type without parameters, lower-case: `application/json; charset=utf-8` → `application/json`. */
export function bodyType(req: BodySource): string {
  return (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/**
 * The body as text when it is of `expected` type; none at all reads as ''. Any other type is refused
 * before it is read: a cross-site form (or a `fetch` without CORS) can send `text/plain`, form and
 * multipart bodies, never JSON or CSV, so a forged request stops here even if a cookie went with it.
 */
export async function readBodyOfType(args: { req: BodySource; expected: string; label: string }): Promise<string> {
  const type = bodyType(args.req)
  if (type !== args.expected && type !== '') throw unsupported({ ...args, type })
  const text = (await args.req.text?.()) ?? ''
  if (type === '' && text !== '') throw unsupported({ ...args, type })
  return text
}

function unsupported(args: { expected: string; label: string; type: string }): APIError {
  const received = args.type ? `收到的是 ${args.type}` : '收到的内容没有注明类型'
  return new APIError(
    `请求格式不对：这里只接受 ${args.label}（Content-Type: ${args.expected}），${received}。请以 ${args.label} 格式重新发送。`,
    415,
    null,
    true,
  )
}
