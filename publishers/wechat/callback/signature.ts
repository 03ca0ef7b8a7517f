import { createHash, timingSafeEqual } from 'node:crypto'

/** WeChat's signature of a push to our server: sha1 of token, timestamp and nonce, sorted and joined (服务器配置). */
export function wechatSignature(args: { token: string; timestamp: string; nonce: string }): string {
  const joined = [args.token, args.timestamp, args.nonce].sort().join('')
  return createHash('sha1').update(joined, 'utf8').digest('hex')
}

/** Constant-time comparison of the query's `signature` with the one our token gives. */
export function hasValidSignature(args: { token: string; query: URLSearchParams }): boolean {
  const { query } = args
  const signature = query.get('signature') ?? ''
  const timestamp = query.get('timestamp') ?? ''
  const nonce = query.get('nonce') ?? ''
  if (!/^[0-9a-f]{40}$/i.test(signature) || timestamp === '' || nonce === '') return false
  const expected = Buffer.from(wechatSignature({ token: args.token, timestamp, nonce }), 'utf8')
  return timingSafeEqual(expected, Buffer.from(signature.toLowerCase(), 'utf8'))
}
