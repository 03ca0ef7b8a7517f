/**
 * The address to put in the page's QR code, so a phone on the team's network can open it: the public
 * address when the team has one; else the address the page was opened at, unless that only names this
 * machine (localhost), which a phone cannot reach: then one of this machine's network addresses.
 * Only origins the app is served from are used (a forged Host header never lands in the code).
 */
export function phoneOrigin(args: { publicUrl: string | undefined; requestOrigin: string | null; appOrigins: readonly string[] }): string {
  if (args.publicUrl && !isLoopback(new URL(args.publicUrl).hostname)) return new URL(args.publicUrl).origin
  const known = args.requestOrigin !== null && args.appOrigins.includes(args.requestOrigin)
  if (known && args.requestOrigin !== null && !isLoopback(new URL(args.requestOrigin).hostname)) return args.requestOrigin
  const network = args.appOrigins.find((origin) => !isLoopback(new URL(origin).hostname))
  return network ?? (known && args.requestOrigin !== null ? args.requestOrigin : (args.appOrigins[0] ?? 'http://localhost:3000'))
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.startsWith('127.') || hostname === '[::1]'
}

/** The origin a request was made to, from its Host (and a proxy's X-Forwarded-Proto), or null without one. */
export function requestOriginOf(headers: Headers): string | null {
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  if (!host) return null
  const proto = (headers.get('x-forwarded-proto') ?? 'http').split(',')[0].trim()
  try {
    return new URL(`${proto}://${host}`).origin
  } catch {
    return null
  }
}
