import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { douyinCaption, imagesOf, topicsOf } from './caption'

describe('douyin caption', () => {
  test('title, description and #topics, each on its line; topics cleaned and not repeated', () => {
    const request = { title: ' 新品上线 ', body: '开箱看细节', topics: ['#开箱', '开 箱', '新品', ''] }
    assert.deepEqual(topicsOf(request), ['开箱', '新品'])
    assert.equal(douyinCaption(request), '新品上线\n开箱看细节\n#开箱 #新品')
  })

  test('topics the renderer already wrote at the end of the body are not written twice', () => {
    const request = { title: '秋日上新', body: '三件好物\n\n#秋日穿搭 #好物', topics: ['秋日 穿搭', '好物'] }
    assert.equal(douyinCaption(request), '秋日上新\n三件好物\n\n#秋日穿搭 #好物')
  })

  test('empty parts leave no blank lines', () => {
    assert.equal(douyinCaption({ title: '只有标题', body: '  ', topics: [] }), '只有标题')
  })

  test("a note's images in order, names and types from the reference; a poster's cover otherwise", () => {
    const images = imagesOf({
      images: [
        { src: 'x', ref: { kind: 'media', id: 'a.png' } },
        { src: 'y', ref: { kind: 'url', url: 'https://cdn.example.com/p/%E5%9B%BE.jpg?x=1' }, byteLength: 10 },
      ],
    })
    assert.deepEqual(
      images.map((i) => [i.filename, i.contentType, i.byteLength]),
      [
        ['a.png', 'image/png', undefined],
        ['图.jpg', 'image/jpeg', 10],
      ],
    )
    const cover = { bytes: new Uint8Array(5), contentType: 'image/jpeg', filename: 'poster.jpg' }
    assert.deepEqual(
      imagesOf({ images: [], cover }).map((i) => [i.filename, i.byteLength]),
      [['poster.jpg', 5]],
    )
    assert.deepEqual(imagesOf({ images: [] }), [])
  })
})
