import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { XIAOHONGSHU_MEDIA, xiaohongshuProfile } from '../../../lib/platforms'
import { renderXiaohongshu } from './renderXiaohongshu'

const images = (count: number) => Array.from({ length: count }, (_, i) => ({ src: `/api/media/file/p${i + 1}.jpg`, alt: `第${i + 1}张` }))
const limitOf = (result: ReturnType<typeof renderXiaohongshu>, code: string) => result.issues.find((issue) => issue.code === code)?.limit

describe('renderXiaohongshu', () => {
  test('a 种草 note: title, body as typed with its emoji and lines, #话题 last, 9 pictures in order', () => {
    const result = renderXiaohongshu({
      title: '秋天第一杯奶茶',
      markdown: '姐妹们冲！☕️\n不甜不腻\n\n📍门店：静安店',
      hashtags: ['秋天的第一杯奶茶', '探店'],
      gallery: images(9),
    })
    assert.equal(result.format, 'text')
    assert.equal(result.title, '秋天第一杯奶茶')
    assert.equal(result.body, '姐妹们冲！☕️\n不甜不腻\n\n📍门店：静安店\n\n#秋天的第一杯奶茶 #探店')
    assert.deepEqual(
      result.images.map((image) => image.src),
      images(9).map((image) => image.src),
    )
    assert.deepEqual(result.issues, [])
  })

  test('its own limits, named: title 20, body 1,000 with the topics, 10 topics, 18 pictures', () => {
    const title = xiaohongshuProfile.text.title.max
    const body = xiaohongshuProfile.text.body.max
    const over = renderXiaohongshu({
      title: '标'.repeat(title + 1),
      markdown: '字'.repeat(body),
      hashtags: Array.from({ length: XIAOHONGSHU_MEDIA.topics + 1 }, (_, i) => `话题${i}`),
      gallery: images(XIAOHONGSHU_MEDIA.images + 1),
    })
    assert.equal(limitOf(over, 'title-too-long'), title)
    assert.equal(limitOf(over, 'body-too-long'), body)
    assert.equal(limitOf(over, 'topics-too-many'), XIAOHONGSHU_MEDIA.topics)
    assert.equal(limitOf(over, 'images-too-many'), XIAOHONGSHU_MEDIA.images)
    assert.match(over.issues.find((issue) => issue.code === 'title-too-long')?.message ?? '', /超过小红书上限 20 字/)
    const at = renderXiaohongshu({ title: '标'.repeat(title), markdown: '字'.repeat(body), gallery: images(XIAOHONGSHU_MEDIA.images) })
    assert.deepEqual(at.issues, [])
  })
})
