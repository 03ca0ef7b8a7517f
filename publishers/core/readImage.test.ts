import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { ContentRejectedError } from './errors'
import { outsideImageUrl } from './imageSources'
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
  const reader = (trustedCidrs: string[]) =>
    createImageReader({
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
    await assert.rejects(
      reader([])({ kind: 'url', url: `${base}/photos/b.png` }),
      (error: unknown) =>
        error instanceof ContentRejectedError && error.message.startsWith(`图片 ${base}/photos/b.png 指向本机、内网或保留的地址`),
    )
    assert.equal(hits, 1)
  })

  test('an IPv6-literal image is refused as a content problem naming it, before any connection', async () => {
    const port = new URL(base).port
    for (const src of ['http://%5B::1%5D/a.png', `http://%5B::ffff:127.0.0.1%5D:${port}/b.png`, 'http://%5B2001:db8::1%5D/x.png']) {
      const url = outsideImageUrl({ src, base: 'https://cms.example.com' })
      await assert.rejects(
        reader([])({ kind: 'url', url }),
        (error: unknown) =>
          error instanceof ContentRejectedError &&
          error.message.includes(`图片 ${url} 指向本机、内网或保留的地址`) &&
          error.message.includes('素材库'),
        src,
      )
    }
    assert.equal(hits, 1, 'no request reached the server behind ::ffff:127.0.0.1')
  })
})
