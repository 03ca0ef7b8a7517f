import assert from 'node:assert/strict'
import type os from 'node:os'
import { test } from 'node:test'
import { adminServerUrl, appOrigins, machineHosts } from './appOrigins'

type Interfaces = ReturnType<typeof os.networkInterfaces>
const entry = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null, scopeid: 0 }) as os.NetworkInterfaceInfo
const LAN: Interfaces = {
  lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
  eth0: [entry('192.168.1.23', 'IPv4', false), entry('fe80::1', 'IPv6', false)],
  wlan0: [entry('10.0.0.7', 'IPv4', false)],
}
const OFFLINE: Interfaces = { lo: [entry('127.0.0.1', 'IPv4', true)] }

test('the machine by name, by loopback and by each network IPv4 address (what next dev prints as Network)', () => {
  assert.deepEqual(machineHosts(LAN), ['localhost', '127.0.0.1', '192.168.1.23', '10.0.0.7'])
  assert.deepEqual(machineHosts(OFFLINE), ['localhost', '127.0.0.1'])
})

test('a public address on the internet alone, reduced to its origin', () => {
  assert.deepEqual(appOrigins({ publicUrl: 'https://cms.example.com/', port: 3000, interfaces: LAN }), ['https://cms.example.com'])
  assert.deepEqual(appOrigins({ publicUrl: 'https://example.com:8443/cms/', port: 3000, interfaces: LAN }), ['https://example.com:8443'])
})

test('without one, every address of this machine on the app port: never an empty list (an empty list would accept every origin)', () => {
  assert.deepEqual(appOrigins({ publicUrl: undefined, port: 3000, interfaces: OFFLINE }), [
    'http://localhost:3000',
    'http://127.0.0.1:3000',
  ])
  assert.deepEqual(appOrigins({ publicUrl: '', port: 4123, interfaces: LAN }), [
    'http://localhost:4123',
    'http://127.0.0.1:4123',
    'http://192.168.1.23:4123',
    'http://10.0.0.7:4123',
  ])
})

test('a public address naming this machine (localhost) still lets the team in by the network address', () => {
  const origins = appOrigins({ publicUrl: 'http://localhost:3000', port: 3000, interfaces: LAN })
  assert.deepEqual(origins, ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://192.168.1.23:3000', 'http://10.0.0.7:3000'])
  assert.ok(!appOrigins({ publicUrl: undefined, port: 3000, interfaces: LAN }).includes('http://192.168.1.23:80'), 'only the app port')
})

test('the admin is told a server address only when PUBLIC_URL is a real one, never this machine’s loopback', () => {
  assert.equal(adminServerUrl(undefined), undefined)
  assert.equal(adminServerUrl('http://localhost:3000'), undefined)
  assert.equal(adminServerUrl('http://127.0.0.1:3000'), undefined)
  assert.equal(adminServerUrl('https://cms.example.com'), 'https://cms.example.com')
})
