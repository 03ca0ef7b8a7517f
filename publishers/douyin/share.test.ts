import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, test } from 'node:test'
import { buildDouyinShareSchema, douyinShareSignature } from './share'

const base = { clientKey: 'awKEY', ticket: '@T==', nonce: 'N1', timestamp: 1733104800, title: '图集', topics: ['旅行'] }

describe('douyin H5 share schema', () => {
  test('MD5 of nonce_str, ticket and timestamp (douyin.md §10 example)', () => {
    const expected = createHash('md5').update('nonce_str=N1&ticket=@T==&timestamp=1733104800').digest('hex')
    assert.equal(douyinShareSignature({ nonce: 'N1', ticket: '@T==', timestamp: 1733104800 }), expected)
  })

  test('a public video opens the publish page directly; the signed values are the ones in the link', () => {
    const schema = buildDouyinShareSchema({
      ...base,
      media: [
        {
          kind: 'video',
          position: 1,
          ref: { kind: 'url', url: 'https://cdn.example.com/v.mp4' },
          filename: 'v.mp4',
          contentType: 'video/mp4',
        },
      ],
    })
    const url = new URL(schema)
    assert.equal(`${url.protocol}//${url.host}${url.pathname}`, 'snssdk1128://openplatform/share')
    assert.equal(url.searchParams.get('nonce_str'), 'N1')
    assert.equal(url.searchParams.get('signature'), douyinShareSignature(base))
    assert.equal(url.searchParams.get('video_path'), 'https://cdn.example.com/v.mp4')
    assert.equal(url.searchParams.get('share_to_publish'), '1')
    assert.equal(url.searchParams.get('hashtag_list'), '["旅行"]')
  })

  test('images: one image_path, several image_list_path; our own media (not public) leave the path out', () => {
    const image = (url: string, position: number) => ({
      kind: 'image' as const,
      position,
      ref: { kind: 'url' as const, url },
      filename: 'a.jpg',
      contentType: 'image/jpeg',
    })
    const one = new URL(buildDouyinShareSchema({ ...base, media: [image('https://c.example/a.jpg', 1)] }))
    assert.equal(one.searchParams.get('image_path'), 'https://c.example/a.jpg')
    assert.equal(one.searchParams.get('share_to_publish'), null)
    const two = new URL(
      buildDouyinShareSchema({ ...base, media: [image('https://c.example/a.jpg', 1), image('https://c.example/b.jpg', 2)] }),
    )
    assert.equal(two.searchParams.get('image_list_path'), '["https://c.example/a.jpg","https://c.example/b.jpg"]')
    const own = new URL(
      buildDouyinShareSchema({
        ...base,
        media: [{ kind: 'image', position: 1, ref: { kind: 'media', id: 'a.jpg' }, filename: 'a.jpg', contentType: 'image/jpeg' }],
      }),
    )
    assert.deepEqual(
      ['video_path', 'image_path', 'image_list_path'].filter((key) => own.searchParams.has(key)),
      [],
    )
  })
})
