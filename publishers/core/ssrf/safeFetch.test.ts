import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { createSafeFetch, SafeFetchError } from './safeFetch'

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)])
let server: http.Server
let port = 0
const hits: string[] = []

before(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? '/'
    hits.push(path)
    const redirect = (location: string) => response.writeHead(302, { location }).end()
    if (path === '/image.png') response.writeHead(200, { 'content-type': 'image/png' }).end(PNG)
    else if (path === '/redirect-ok') redirect('/image.png')
    else if (path === '/redirect-loopback') redirect(`http://127.0.0.2:${port}/secret`)
    else if (path === '/redirect-metadata') redirect('http://169.254.169.254/latest/meta-data/')
    else if (path === '/redirect-v6') redirect(`http://[::1]:${port}/secret`)
    else if (path === '/redirect-mapped') redirect(`http://[::ffff:10.0.0.1]:${port}/secret`)
    else if (path === '/redirect-decimal') redirect(`http://2130706434:${port}/secret`)
    else if (path === '/redirect-file') redirect('file:///etc/passwd')
    else if (path === '/loop') redirect('/loop')
    else if (path === '/big')
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': String(2 * 1024 * 1024) }).end(Buffer.alloc(2 * 1024 * 1024))
    else if (path === '/big-chunked') {
      response.writeHead(200, { 'content-type': 'image/png' })
      for (let i = 0; i < 32; i += 1) response.write(Buffer.alloc(64 * 1024))
      response.end()
    } else if (path === '/html') response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>')
    else if (path === '/slow') setTimeout(() => response.end(), 5_000).unref()
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
after(() => {
  server.closeAllConnections()
  server.close()
})

const trustedFetch = createSafeFetch({ trustedCidrs: ['127.0.0.1/32'], maxBytes: 1024 * 1024, timeoutMs: 1_000 })
const plainFetch = createSafeFetch({ timeoutMs: 1_000 })

async function refusal(fetcher: typeof plainFetch, url: string): Promise<string> {
  try {
    await fetcher({ url })
  } catch (error) {
    if (error instanceof SafeFetchError) return error.reason
    throw error
  }
  throw new Error(`${url} was fetched`)
}

describe('SSRF-safe fetch', () => {
  test('a public image (a test server trusted through configuration) is fetched, also through a redirect', async () => {
    const direct = await trustedFetch({ url: `http://127.0.0.1:${port}/image.png` })
    assert.equal(direct.contentType, 'image/png')
    assert.deepEqual(Buffer.from(direct.bytes), PNG)
    const redirected = await trustedFetch({ url: `http://127.0.0.1:${port}/redirect-ok` })
    assert.equal(redirected.finalUrl, `http://127.0.0.1:${port}/image.png`)
  })

  const forms = [
    'http://127.0.0.1/',
    'http://localhost/',
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://224.0.0.1/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[64:ff9b::a00:1]/',
    'http://[2002:a00:1::]/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://0x7f.1/',
    'http://017700000001/',
    'http://0xa9.0xfe.0xa9.0xfe/',
    'http://3232235777/',
  ]
  for (const url of forms) {
    test(`refuses ${url} without connecting`, async () => {
      assert.equal(
        await refusal(plainFetch, url.replace(/\/$/, `:${port}/image.png`).replace('/latest/meta-data:', ':')),
        'blocked-address',
      )
    })
  }

  test('refuses loopback of the test server itself when it is not trusted (host name resolved at connect time)', async () => {
    const before = hits.length
    assert.equal(await refusal(plainFetch, `http://localhost:${port}/image.png`), 'blocked-address')
    assert.equal(await refusal(plainFetch, `http://127.0.0.1:${port}/image.png`), 'blocked-address')
    assert.equal(hits.length, before, 'the server never saw a request')
  })

  for (const path of ['/redirect-loopback', '/redirect-metadata', '/redirect-v6', '/redirect-mapped', '/redirect-decimal']) {
    test(`a redirect to an internal address is refused (${path})`, async () => {
      assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}${path}`), 'blocked-address')
    })
  }

  test('bad schemes, credentials, redirect loops, size and time caps, non-images', async () => {
    assert.equal(await refusal(trustedFetch, 'file:///etc/passwd'), 'bad-url')
    assert.equal(await refusal(trustedFetch, `http://user:pw@127.0.0.1:${port}/image.png`), 'bad-url')
    assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}/redirect-file`), 'bad-url')
    assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}/loop`), 'too-many-redirects')
    assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}/big`), 'too-large')
    assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}/big-chunked`), 'too-large')
    assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}/html`), 'unsupported-type')
    assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}/missing`), 'http-status')
    const started = Date.now()
    assert.equal(await refusal(trustedFetch, `http://127.0.0.1:${port}/slow`), 'timeout')
    assert.ok(Date.now() - started < 2_000)
  })
})
