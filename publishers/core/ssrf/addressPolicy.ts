import { formatIpv4, parseIpLiteral, parseIpv4Strict, parseIpv6 } from './ipAddress'
import type { ParsedIp } from './ipAddress'

export type Cidr = { family: 4; base: number; bits: number } | { family: 6; base: bigint; bits: number }

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string }

export function parseCidr(text: string): Cidr {
  const [address = '', bitsText] = text.split('/')
  const v4 = parseIpv4Strict(address)
  if (v4 !== undefined) return { family: 4, base: v4, bits: bitsText === undefined ? 32 : Number(bitsText) }
  const v6 = parseIpv6(address)
  if (v6 !== undefined) return { family: 6, base: v6, bits: bitsText === undefined ? 128 : Number(bitsText) }
  throw new Error(`not a CIDR: ${text}`)
}

export function cidrContains(cidr: Cidr, ip: ParsedIp): boolean {
  if (cidr.family === 4 && ip.family === 4) {
    if (cidr.bits === 0) return true
    const shift = 32 - cidr.bits
    return Math.floor(cidr.base / 2 ** shift) === Math.floor(ip.value / 2 ** shift)
  }
  if (cidr.family === 6 && ip.family === 6) {
    const shift = BigInt(128 - cidr.bits)
    return cidr.base >> shift === ip.value >> shift
  }
  return false
}

const table = (rows: [string, string][]): { cidr: Cidr; label: string }[] => rows.map(([cidr, label]) => ({ cidr: parseCidr(cidr), label }))

const BLOCKED = table([
  ['0.0.0.0/8', 'unspecified / this network'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'carrier-grade NAT'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', '6to4 relay'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved / broadcast'],
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['100::/64', 'discard'],
  ['2001::/32', 'Teredo'],
  ['2001:10::/28', 'ORCHID'],
  ['2001:db8::/32', 'documentation'],
  ['fc00::/7', 'unique local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
])

/** IPv6 ranges that carry an IPv4 address: that address is checked instead. */
const EMBEDDING: { cidr: Cidr; label: string; extract: (value: bigint) => number }[] = [
  { cidr: parseCidr('::ffff:0:0/96'), label: 'IPv4-mapped', extract: (v) => Number(v & 0xffffffffn) },
  { cidr: parseCidr('::/96'), label: 'IPv4-compatible', extract: (v) => Number(v & 0xffffffffn) },
  { cidr: parseCidr('64:ff9b::/96'), label: 'NAT64', extract: (v) => Number(v & 0xffffffffn) },
  { cidr: parseCidr('64:ff9b:1::/48'), label: 'local NAT64', extract: (v) => Number(v & 0xffffffffn) },
  { cidr: parseCidr('2002::/16'), label: '6to4', extract: (v) => Number((v >> 80n) & 0xffffffffn) },
]

/** Is this address a public one we may connect to? `trusted` ranges count as public (tests, known CDNs). */
export function checkAddress(args: { ip: ParsedIp; trusted: readonly Cidr[] }): AddressVerdict {
  const { ip, trusted } = args
  if (trusted.some((cidr) => cidrContains(cidr, ip))) return { allowed: true }
  const blocked = BLOCKED.find((row) => cidrContains(row.cidr, ip))
  if (blocked) return { allowed: false, reason: blocked.label }
  if (ip.family === 6) {
    const embedding = EMBEDDING.find((row) => cidrContains(row.cidr, ip))
    if (embedding) {
      const inner = embedding.extract(ip.value)
      const verdict = checkAddress({ ip: { family: 4, value: inner }, trusted })
      if (!verdict.allowed) return { allowed: false, reason: `${embedding.label} ${formatIpv4(inner)}: ${verdict.reason}` }
    }
  }
  return { allowed: true }
}

/** For addresses reported by resolvers and sockets (strings); an unparseable address is refused. */
export function checkAddressText(args: { address: string; trusted: readonly Cidr[] }): AddressVerdict {
  const ip = parseIpLiteral(args.address)
  if (ip === undefined) return { allowed: false, reason: `unparseable address ${args.address}` }
  return checkAddress({ ip, trusted: args.trusted })
}
