export type ParsedIp = { family: 4; value: number } | { family: 6; value: bigint }

const DECIMAL = /^[0-9]+$/
const OCTAL = /^0[0-7]*$/
const HEX = /^0[xX][0-9a-fA-F]*$/

/** Dotted-quad decimal only, as resolvers and sockets report addresses. */
export function parseIpv4Strict(text: string): number | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0
  for (const part of parts) {
    if (!DECIMAL.test(part) || part.length > 3) return undefined
    const octet = Number(part)
    if (octet > 255) return undefined
    value = value * 256 + octet
  }
  return value
}

function parseIpv4Number(part: string): number | undefined {
  if (HEX.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16)
  if (part.length > 1 && part.startsWith('0')) return OCTAL.test(part) ? Number.parseInt(part.slice(1), 8) : undefined
  if (DECIMAL.test(part)) return Number(part)
  return undefined
}

/**
 * Every IPv4 form inet_aton (and the WHATWG URL parser) accepts: 1 to 4 parts, each decimal, 0x-hex or
 * 0-octal, the last part filling the remaining bytes (2130706433, 0x7f000001, 0177.0.0.1, 127.1, 0x7f.1).
 */
export function parseIpv4Loose(text: string): number | undefined {
  const parts = text.endsWith('.') ? text.slice(0, -1).split('.') : text.split('.')
  if (parts.length === 0 || parts.length > 4 || parts.some((part) => part === '')) return undefined
  const numbers = parts.map(parseIpv4Number)
  if (numbers.some((n) => n === undefined)) return undefined
  const values = numbers as number[]
  const last = values[values.length - 1] ?? 0
  const leading = values.slice(0, -1)
  if (leading.some((n) => n > 255)) return undefined
  if (last >= 256 ** (5 - values.length)) return undefined
  let value = last
  leading.forEach((n, index) => {
    value += n * 256 ** (3 - index)
  })
  return value
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') return []
  const groups = text.split(':')
  if (groups.some((group) => !/^[0-9a-fA-F]{1,4}$/.test(group))) return undefined
  return groups.map((group) => Number.parseInt(group, 16))
}

/** IPv6 with `::`, an embedded dotted IPv4 tail, optional brackets and zone id. */
export function parseIpv6(text: string): bigint | undefined {
  let s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text
  const zone = s.indexOf('%')
  if (zone >= 0) s = s.slice(0, zone)
  if (!s.includes(':')) return undefined
  const lastColon = s.lastIndexOf(':')
  const tail = s.slice(lastColon + 1)
  if (tail.includes('.')) {
    const v4 = parseIpv4Strict(tail)
    if (v4 === undefined) return undefined
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`
  }
  const halves = s.split('::')
  if (halves.length > 2) return undefined
  const head = parseGroups(halves[0] ?? '')
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : []
  if (head === undefined || rest === undefined) return undefined
  const missing = 8 - head.length - rest.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest]
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n)
}

/** An IP written as a host name, in any form; undefined for a real host name. */
export function parseIpLiteral(host: string): ParsedIp | undefined {
  if (host.includes(':') || host.startsWith('[')) {
    const v6 = parseIpv6(host)
    return v6 === undefined ? undefined : { family: 6, value: v6 }
  }
  const v4 = parseIpv4Loose(host)
  return v4 === undefined ? undefined : { family: 4, value: v4 }
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.')
}
