import assert from 'node:assert/strict'
import { test } from 'node:test'
import { imageFilesOf, refusalOf } from './imageFiles'
import { mediaListPath, parseLibraryPage } from './mediaLibrary'

test('the library query asks for images only, newest first, and searches name and alt', () => {
  const url = new URL(mediaListPath({ search: ' 门店 ', page: 2 }), 'http://x')
  assert.equal(url.pathname, '/media')
  const q = url.searchParams
  assert.equal(q.get('where[and][0][mimeType][like]'), 'image/')
  assert.equal(q.get('where[and][1][or][0][filename][like]'), '门店')
  assert.equal(q.get('where[and][1][or][1][alt][like]'), '门店')
  assert.equal(q.get('page'), '2')
  assert.equal(q.get('sort'), '-createdAt')
  assert.equal(new URL(mediaListPath({ search: '', page: 0 }), 'http://x').searchParams.has('where[and][1][or][0][filename][like]'), false)
})

test('a page of the reply keeps rows with a file, thumbnail first', () => {
  const page = parseLibraryPage({
    docs: [
      {
        id: 1,
        filename: 'a.png',
        alt: '门店',
        url: '/api/media/file/a.png',
        sizes: { thumbnail: { url: '/api/media/file/a-400x300.png' } },
      },
      { id: 2, filename: 'b.png', alt: null, url: '/api/media/file/b.png', sizes: { thumbnail: { url: null } } },
      { id: 3 },
    ],
    totalPages: 1,
    totalDocs: 3,
  })
  assert.deepEqual(
    page?.images.map((i) => [i.id, i.alt, i.thumbnailUrl]),
    [
      ['1', '门店', '/api/media/file/a-400x300.png'],
      ['2', '', '/api/media/file/b.png'],
    ],
  )
  assert.equal(parseLibraryPage({ errors: [] }), null)
})

test('only image files are uploaded from a drop; the rest are named and refused', () => {
  const { images, others } = imageFilesOf([
    { name: 'a.png', type: 'image/png' },
    { name: 'b.mp4', type: 'video/mp4' },
    { name: 'c.jpg', type: 'image/jpeg' },
  ])
  assert.deepEqual(
    images.map((f) => f.name),
    ['a.png', 'c.jpg'],
  )
  assert.deepEqual(
    others.map((f) => f.name),
    ['b.mp4'],
  )
  assert.equal(refusalOf(others), '「b.mp4」不是图片：正文里只能插入 JPEG、PNG、WebP、GIF 图片。')
  assert.equal(refusalOf([]), null)
})
