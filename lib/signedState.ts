import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * OAuth `state`: which account the flow is for, until when, signed so a forged or replayed-late
 * callback is refused. `subject.expiresMs.nonce.signature`.
 */
export function signState(args: { subject: string; secret: string; ttlMs: number; now?: number }): string {
  const body = `${args.subject}.${(args.now ?? Date.now()) + args.ttlMs}.${randomBytes(8).toString('hex')}`
  return `${body}.${mac(body, args.secret)}`
}

export function verifyState(args: { state: string; secret: string; now?: number }): { subject: string } | { error: string } {
  const parts = args.state.split('.')
  if (parts.length !== 4) return { error: '授权参数无效，请从账号页面重新发起授权。' }
  const body = parts.slice(0, 3).join('.')
  const given = Buffer.from(parts[3])
  const expected = Buffer.from(mac(body, args.secret))
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { error: '授权参数签名不对，请从账号页面重新发起授权。' }
  if (Number(parts[1]) < (args.now ?? Date.now())) return { error: '授权已超时（10 分钟），请重新发起授权。' }
  return { subject: parts[0] }
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url')
}
