const SAFE_METHODS = ['GET', 'HEAD']

/**
 * Payload accepts the sign-in cookie only from a request that names an allowed Origin or carries
 * Sec-Fetch-Site; browsers send Sec-Fetch-Site to secure and loopback addresses only, so a teammate
 * opening the admin at the machine's plain-http network address (http://192.168.x.x:3000) is sent
 * back to the login page on every navigation. A safe request (GET, HEAD: it changes nothing) to one
 * of the app's own origins that carries neither header is given that origin as its Origin. Writes
 * are untouched: browsers always send Origin on them, and it must be one of the allowed ones.
 * Returns the request headers to use, or null to leave the request untouched.
 */
export function withOwnOrigin(args: { method: string; url: URL; headers: Headers; appOrigins: readonly string[] }): Headers | null {
  const { headers } = args
  if (!SAFE_METHODS.includes(args.method.toUpperCase())) return null
  if (headers.has('origin') || headers.has('sec-fetch-site')) return null
  const host = headers.get('host')
  const origin = host ? `${args.url.protocol}//${host}` : null
  if (origin === null || !args.appOrigins.includes(origin)) return null
  const next = new Headers(headers)
  next.set('origin', origin)
  return next
}
