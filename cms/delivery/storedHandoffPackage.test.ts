import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readStoredHandoffPackage, storedHandoffPackage } from './storedHandoffPackage'

test('the stored package: files in posting order, each with the address it is downloaded from and its source', () => {
  const stored = storedHandoffPackage({
    deliveryId: 42,
    handoff: {
      platform: 'xiaohongshu',
      title: '标题',
      body: '正文\n\n#话题',
      topics: ['话题'],
      media: [
        {
          kind: 'image',
          position: 2,
          ref: { kind: 'media', id: 'b.png' },
          filename: '02-b.jpg',
          contentType: 'image/jpeg',
          width: 1080,
          height: 1440,
        },
        {
          kind: 'image',
          position: 1,
          ref: { kind: 'url', url: 'https://cdn.example.com/a.png' },
          filename: '01-a.jpg',
          contentType: 'image/jpeg',
        },
      ],
      cover: { kind: 'image', position: 1, ref: { kind: 'media', id: 'c.png' }, filename: 'cover-c.jpg', contentType: 'image/jpeg' },
      checklist: ['保存图片'],
    },
  })
  assert.deepEqual(
    stored.media.map((file) => [file.position, file.url, file.source]),
    [
      [1, '/api/deliveries/42/package/media/1', { kind: 'url', url: 'https://cdn.example.com/a.png' }],
      [2, '/api/deliveries/42/package/media/2', { kind: 'media', id: 'b.png' }],
    ],
  )
  assert.equal(stored.cover?.url, '/api/deliveries/42/package/cover')
  assert.equal(stored.openUrl, undefined)
  assert.deepEqual(readStoredHandoffPackage(JSON.parse(JSON.stringify(stored))), stored)
  assert.equal(readStoredHandoffPackage({ html: '<p>头条的包</p>' }), null)
  assert.equal(readStoredHandoffPackage(null), null)
})
