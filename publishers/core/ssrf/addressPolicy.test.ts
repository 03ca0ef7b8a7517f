import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { checkAddressText, parseCidr } from './addressPolicy'
import { formatIpv4, parseIpLiteral, parseIpv4Loose, parseIpv6 } from './ipAddress'

describe('IP literal parsing', () => {
  test('every IPv4 form inet_aton accepts', () => {
    for (const form of [
      '127.0.0.1',
      '2130706433',
      '0x7f000001',
      '0X7F000001',
      '0177.0.0.1',
      '0177.0000.0.01',
      '127.1',
      '0x7f.1',
      '127.0.1',
      '017700000001',
    ]) {
      assert.equal(formatIpv4(parseIpv4Loose(form) ?? -1), '127.0.0.1', form)
    }
    for (const bad of ['256.0.0.1', '1.2.3.4.5', '1..2', '08.0.0.1', 'example.com', '4294967296']) {
      assert.equal(parseIpv4Loose(bad), undefined, bad)
    }
    assert.equal(parseIpv4Loose('0x'), 0, 'an empty hex part is 0, as in the URL standard')
  })

  test('IPv6 with compression, embedded IPv4, brackets and zone ids', () => {
    assert.equal(parseIpv6('::1'), 1n)
    assert.equal(parseIpv6('[::ffff:127.0.0.1]'), 0xffff7f000001n)
    assert.equal(parseIpv6('::ffff:7f00:1'), 0xffff7f000001n)
    assert.equal(parseIpv6('fe80::1%eth0'), (0xfe80n << 112n) | 1n)
    assert.equal(parseIpv6('1:2:3:4:5:6:7:8'), 0x00010002000300040005000600070008n)
    assert.equal(parseIpv6('1::2::3'), undefined)
    assert.equal(parseIpv6('12345::'), undefined)
    assert.equal(parseIpLiteral('example.com'), undefined)
  })
})

describe('address policy', () => {
  const refused = [
    ['127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['198.18.0.1', 'benchmarking'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00::1', 'unique local'],
    ['fc00::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped 127.0.0.1'],
    ['::ffff:a00:1', 'IPv4-mapped 10.0.0.1'],
    ['::127.0.0.1', 'IPv4-compatible 127.0.0.1'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 169.254.169.254'],
    ['2002:a00:1::', '6to4 10.0.0.1'],
    ['2001::1', 'Teredo'],
    ['2001:db8::1', 'documentation'],
  ] as const
  for (const [address, reason] of refused) {
    test(`refuses ${address}`, () => {
      const verdict = checkAddressText({ address, trusted: [] })
      assert.equal(verdict.allowed, false)
      assert.ok(!verdict.allowed && verdict.reason.startsWith(reason), !verdict.allowed ? verdict.reason : '')
    })
  }

  test('public addresses pass; trusted ranges pass', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2400:3200::1', '::ffff:8.8.8.8']) {
      assert.deepEqual(checkAddressText({ address, trusted: [] }), { allowed: true }, address)
    }
    assert.deepEqual(checkAddressText({ address: '127.0.0.1', trusted: [parseCidr('127.0.0.1/32')] }), { allowed: true })
    assert.equal(checkAddressText({ address: '127.0.0.2', trusted: [parseCidr('127.0.0.1/32')] }).allowed, false)
    assert.equal(checkAddressText({ address: 'not-an-ip', trusted: [] }).allowed, false)
  })
})
