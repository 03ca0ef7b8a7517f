import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentImageRefs, mediaFilenameOfSrc } from './imageFindingsSources'

test('an article contributes its cover and the media images its bodies link, variants included', () => {
  const refs = contentImageRefs({
    collection: 'articles',
    data: {
      cover: { id: 7, filename: 'c.png' },
      body: '正文 ![门店](/api/media/file/a%20b.png) 和 ![外链](https://example.com/x.png)',
      variants: [{ platform: 'weibo', body: '![](<https://cms.example.com/api/media/file/v.jpg>)' }],
    },
  })
  assert.deepEqual(refs, [
    { label: '封面图片', id: 7 },
    { label: '正文图片', filename: 'a b.png' },
    { label: '正文图片', filename: 'v.jpg' },
  ])
})

test('a poster contributes its photo and every rendered size; a video its cover only', () => {
  assert.deepEqual(
    contentImageRefs({ collection: 'posters', data: { image: 3, sizes: [{ size: 'story', image: 4 }, { size: 'square' }] } }),
    [
      { label: '海报图片', id: 3 },
      { label: '海报成品图', id: 4 },
    ],
  )
  assert.deepEqual(contentImageRefs({ collection: 'videos', data: { file: 9, cover: 10 } }), [{ label: '封面图片', id: 10 }])
})

test('only /api/media/file/ links name a media file', () => {
  assert.equal(mediaFilenameOfSrc('/api/media/file/%E6%B5%B7%E6%8A%A5.png'), '海报.png')
  assert.equal(mediaFilenameOfSrc('/uploads/x.png'), null)
  assert.equal(mediaFilenameOfSrc('/api/media/file/'), null)
})
