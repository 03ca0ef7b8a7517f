import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { ContentRejectedError } from './errors'
import { createImageReader } from './readImage'
import { createSafeFetch } from './ssrf/safeFetch'

let server: http.Server
let base = ''
let hits = 0
before(async () => {
  server = http.createServer((_request, response) => {
    hits += 1
    response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

describe('readImage', () => {
  const media: string[] = []
  const reader = (trustedCidrs: string[]) => createImageReader({
    readMedia: async ({ id }) => {
      media.push(id)
      return { bytes: new Uint8Array([1]), contentType: 'image/jpeg', filename: `${id}.jpg` }
    },
    safeFetch: createSafeFetch({ trustedCidrs, timeoutMs: 1_000 }),
  })

  test('the CMS media come from storage, never over HTTP', async () => {
    const image = await reader([])({ kind: 'media', id: 'm1' })
    assert.equal(image.filename, 'm1.jpg')
    assert.deepEqual(media, ['m1'])
    assert.equal(hits, 0)
  })

  test('outside URLs go through the SSRF-safe fetch; an internal address is a content problem', async () => {
    const fetched = await reader(['127.0.0.1/32'])({ kind: 'url', url: `${base}/photos/b.png` })
    assert.equal(fetched.filename, 'b.png')
    assert.equal(fetched.contentType, 'image/png')
    await assert.rejects(reader([])({ kind: 'url', url: `${base}/photos/b.png` }), (error: unknown) =>
      error instanceof ContentRejectedError && /blocked-address/.test(error.reason))
    assert.equal(hits, 1)
  })
})
