import { checkAddress, cidrContains, parseCidr, type Cidr } from '../../publishers/core/ssrf/addressPolicy'
import { formatIpv4, parseIpv4Strict, parseIpv6, type ParsedIp } from '../../publishers/core/ssrf/ipAddress'

const IPV4_MAPPED = parseCidr('::ffff:0:0/96')

/**
 * One address as sockets and proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2400:3200::1`, `[2400:3200::1]:443`.
 * IPv4-mapped IPv6 becomes IPv4. The loose IPv4 forms a URL accepts (0x7f.1, 2130706433) are not addresses here.
 */
function parseAddress(text: string): ParsedIp | undefined {
  const address = text.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  const v6 = parseIpv6(bracketed ? (bracketed[1] ?? '') : address)
  if (v6 !== undefined)
    return cidrContains(IPV4_MAPPED, { family: 6, value: v6 }) ? { family: 4, value: Number(v6 & 0xffffffffn) } : { family: 6, value: v6 }
  const v4 = parseIpv4Strict(address.replace(/:\d+$/, ''))
  return v4 === undefined ? undefined : { family: 4, value: v4 }
}

function formatIp(ip: ParsedIp): string {
  if (ip.family === 4) return formatIpv4(ip.value)
  const groups = Array.from({ length: 8 }, (_, index) => ((ip.value >> BigInt(112 - index * 16)) & 0xffffn).toString(16))
  // The URL parser writes IPv6 in its canonical short form (RFC 5952).
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1)
}

/** A public address in canonical form, or null: loopback, private, link-local, CGNAT, ULA, documentation and the like never pass. */
export function publicIp(text: string): string | null {
  const ip = parseAddress(text)
  if (ip === undefined || !checkAddress({ ip, trusted: [] }).allowed) return null
  return formatIp(ip)
}

/** TRUSTED_PROXIES entries (addresses or CIDRs, already checked by lib/env) as ranges. */
export function parseTrustedProxies(entries: readonly string[]): Cidr[] {
  return entries.map((entry) => {
    if (entry.includes('/')) return parseCidr(entry)
    const ip = parseAddress(entry)
    if (ip === undefined) throw new Error(`TRUSTED_PROXIES: not an address: ${entry}`)
    return ip.family === 4 ? { family: 4, base: ip.value, bits: 32 } : { family: 6, base: ip.value, bits: 128 }
  })
}

/**
 * The public IP of the person who sent a request, or null when it cannot be known for sure.
 *
 * `peer` is the connection's remote address when the server exposes it. Next.js route handlers (and
 * so Payload's endpoints and hooks) do not: Next copies the peer into X-Forwarded-For only when the
 * request has none, so a client that sends its own header hides its address. Hence:
 * - no trusted proxy and no peer: nothing is believed, null;
 * - a peer that is not a trusted proxy: the peer is the client; its headers are ignored;
 * - a trusted peer, or an unknown one while TRUSTED_PROXIES is set (the deployment promises the app
 *   is reachable only through those proxies): X-Forwarded-For is read from the right, stepping over
 *   trusted proxies; the first other entry is the client. Entries to its left were written by
 *   someone we do not trust, so they are never read.
 * X-Real-IP is not read: a proxy that does not set it passes the client's own value through.
 * The client must have a public address: loopback, private, link-local, CGNAT, ULA … give null.
 */
export function clientIp(args: { headers: Headers; peer?: string; trustedProxies: readonly Cidr[] }): string | null {
  const { headers, trustedProxies } = args
  const trusted = (ip: ParsedIp): boolean => trustedProxies.some((cidr) => cidrContains(cidr, ip))
  if (args.peer !== undefined) {
    const peer = parseAddress(args.peer)
    if (peer === undefined) return null
    if (!trusted(peer)) return publicIp(args.peer)
  } else if (trustedProxies.length === 0) return null
  const header = headers.get('x-forwarded-for')
  if (header === null) return null
  for (const hop of header.split(',').reverse()) {
    const ip = parseAddress(hop)
    if (ip === undefined) return null
    if (trusted(ip)) continue
    return checkAddress({ ip, trusted: [] }).allowed ? formatIp(ip) : null
  }
  return null
}
