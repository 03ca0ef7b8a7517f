import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { clientIp, parseTrustedProxies, publicIp } from './clientIp'

const PROXIES = parseTrustedProxies(['127.0.0.1', '10.0.0.0/8', '::1'])
const xff = (value?: string): Headers => new Headers(value === undefined ? {} : { 'x-forwarded-for': value })
const ip = (args: { header?: string; peer?: string; proxies?: string[] }) =>
  clientIp({ headers: xff(args.header), peer: args.peer, trustedProxies: args.proxies ? parseTrustedProxies(args.proxies) : PROXIES })

describe('publicIp', () => {
  test('public addresses pass, in canonical form', () => {
    const rows: [string, string][] = [
      ['36.110.12.34', '36.110.12.34'],
      [' 8.8.8.8 ', '8.8.8.8'],
      ['36.110.12.34:52114', '36.110.12.34'],
      ['::ffff:36.110.12.34', '36.110.12.34'],
      ['[::ffff:246e:c22]:443', '36.110.12.34'],
      ['2400:3200:0:0:0:0:0:1', '2400:3200::1'],
      ['[2400:3200::1]:8080', '2400:3200::1'],
      ['2400:3200::ABCD', '2400:3200::abcd'],
    ]
    for (const [input, expected] of rows) assert.equal(publicIp(input), expected, input)
  })

  test('loopback, private, link-local, CGNAT, ULA, documentation, multicast and junk give null', () => {
    const never = [
      '127.0.0.1',
      '127.8.8.8',
      '0.0.0.0',
      '10.1.2.3',
      '172.16.5.4',
      '172.31.255.255',
      '192.168.1.20',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.254',
      '192.0.2.1',
      '198.51.100.7',
      '203.0.113.7',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      '[::1]:3000',
      'fe80::1',
      'fe80::1%eth0',
      'fd12:3456::1',
      'fc00::1',
      'ff02::1',
      '2001:db8::1',
      '::ffff:127.0.0.1',
      '::ffff:192.168.0.1',
      '64:ff9b::a00:1',
      '2002:c0a8:101::1',
      '0x7f.1',
      '2130706433',
      '017700000001',
      '1.2.3',
      '256.1.1.1',
      'unknown',
      '',
      'example.com',
      '1.2.3.4.5',
    ]
    for (const address of never) assert.equal(publicIp(address), null, address)
  })
})

describe('parseTrustedProxies', () => {
  test('addresses, CIDRs, IPv6 and IPv4-mapped entries', () => {
    const ranges = parseTrustedProxies(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', '::ffff:192.168.9.9'])
    assert.deepEqual(ranges[0], { family: 4, base: 0x7f000001, bits: 32 })
    assert.deepEqual(ranges[1], { family: 4, base: 0x0a000000, bits: 8 })
    assert.deepEqual(ranges[2], { family: 6, base: 1n, bits: 128 })
    assert.equal(ranges[3]?.bits, 8)
    assert.deepEqual(ranges[4], { family: 4, base: 0xc0a80909, bits: 32 }, 'a mapped address is the IPv4 address it maps')
  })
})

describe('clientIp', () => {
  test('no trusted proxy and no peer: nothing is believed, whatever the headers say', () => {
    assert.equal(ip({ header: '36.110.12.34', proxies: [] }), null)
    assert.equal(clientIp({ headers: new Headers({ 'x-real-ip': '36.110.12.34' }), trustedProxies: [] }), null)
  })

  test('behind a trusted proxy: the rightmost entry that is not a trusted proxy is the client', () => {
    assert.equal(ip({ header: '36.110.12.34' }), '36.110.12.34')
    assert.equal(ip({ header: '36.110.12.34, 10.0.0.7' }), '36.110.12.34', 'an inner trusted proxy is stepped over')
    assert.equal(ip({ header: '36.110.12.34,10.0.0.7 , 127.0.0.1' }), '36.110.12.34')
    assert.equal(ip({ header: '36.110.12.34, 10.0.0.7', peer: '127.0.0.1' }), '36.110.12.34', 'a known trusted peer')
    assert.equal(ip({ header: '36.110.12.34', peer: '::ffff:127.0.0.1' }), '36.110.12.34', 'a dual-stack socket reports IPv4 as mapped')
    assert.equal(ip({ header: '2400:3200::1' }), '2400:3200::1')
    assert.equal(ip({ header: '[2400:3200::1]:51234, ::1' }), '2400:3200::1')
  })

  test('a spoofed entry left of the client is never read', () => {
    // The client sent "X-Forwarded-For: 8.8.8.8"; the trusted proxy appended what it saw (58.1.1.1).
    assert.equal(ip({ header: '8.8.8.8, 58.1.1.1' }), '58.1.1.1')
    // A spoofed private or loopback address left of the client changes nothing either.
    assert.equal(ip({ header: '127.0.0.1, 58.1.1.1' }), '58.1.1.1')
    // The client itself is private: null, not the public address it claims further left.
    assert.equal(ip({ header: '36.110.12.34, 192.168.1.20' }), null)
    assert.equal(ip({ header: '36.110.12.34, 192.168.1.20, 10.0.0.7' }), null)
  })

  test('a peer that is not a trusted proxy is the client: its headers are ignored', () => {
    assert.equal(ip({ header: '36.110.12.34', peer: '58.1.1.1' }), '58.1.1.1')
    assert.equal(ip({ header: '36.110.12.34', peer: '192.168.1.20' }), null, 'a private peer is never used')
    assert.equal(ip({ peer: '58.1.1.1', proxies: [] }), '58.1.1.1', 'without proxies the peer is the only source')
    assert.equal(
      ip({ header: '36.110.12.34', peer: '::1', proxies: [] }),
      null,
      'a loopback peer that is not trusted: its header is ignored',
    )
    assert.equal(ip({ header: '36.110.12.34', peer: 'not-an-ip' }), null)
  })

  test('loopback, private and unparseable clients give null; so does a chain of trusted proxies only', () => {
    for (const header of [
      '127.0.0.1',
      '::1',
      '10.0.0.7',
      '192.168.1.20',
      '172.20.0.3',
      '100.64.1.1',
      'fd00::5',
      'fe80::1',
      '169.254.1.1',
    ]) {
      assert.equal(ip({ header, proxies: ['203.0.113.1'] }), null, header)
    }
    assert.equal(ip({ header: '10.0.0.7, 127.0.0.1' }), null, 'nobody but proxies')
    assert.equal(ip({ header: 'unknown, 10.0.0.7' }), null)
    assert.equal(ip({ header: '36.110.12.34, garbage' }), null, 'garbage stops the walk: what is left of it is not trusted')
    assert.equal(ip({ header: '36.110.12.34,, 10.0.0.7' }), null)
    assert.equal(ip({ header: '0x24.110.12.34' }), null, 'loose IPv4 forms are not addresses')
    assert.equal(ip({ header: '' }), null)
    assert.equal(ip({}), null, 'no header at all')
  })

  test('several X-Forwarded-For lines read as one list, in order', () => {
    const headers = new Headers()
    headers.append('x-forwarded-for', '8.8.8.8')
    headers.append('x-forwarded-for', '58.1.1.1, 10.0.0.7')
    assert.equal(clientIp({ headers, trustedProxies: PROXIES }), '58.1.1.1')
  })
})
