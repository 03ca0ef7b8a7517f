import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DOUYIN_MEDIA, douyinProfile } from '../../../lib/platforms'
import { renderDouyin } from './renderDouyin'

describe('renderDouyin', () => {
  test('a video caption: plain text (markup gone), #话题 last, the cover as its one picture', () => {
    const result = renderDouyin({
      title: '三秒学会冷萃',
      markdown: '**冰块**先放，再倒咖啡。',
      hashtags: ['咖啡教程', '#夏日饮品'],
      coverUrl: '/api/media/file/cover.jpg',
    })
    assert.equal(result.format, 'text')
    assert.equal(result.body, '冰块先放，再倒咖啡。\n\n#咖啡教程 #夏日饮品')
    assert.deepEqual(
      result.images.map((image) => image.role),
      ['cover'],
    )
    assert.deepEqual(result.issues, [])
  })

  test('a 图集 takes up to its route’s pictures; title, caption and topics at Douyin’s numbers', () => {
    const gallery = Array.from({ length: DOUYIN_MEDIA.images + 1 }, (_, i) => ({ src: `/p${i}.jpg`, alt: '' }))
    const result = renderDouyin({
      title: '标'.repeat(douyinProfile.text.title.max + 1),
      markdown: '字'.repeat(douyinProfile.text.body.max + 1),
      hashtags: Array.from({ length: DOUYIN_MEDIA.topics + 1 }, (_, i) => `t${i}`),
      gallery,
    })
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.limit]),
      [
        ['title-too-long', douyinProfile.text.title.max],
        ['body-too-long', douyinProfile.text.body.max],
        ['topics-too-many', DOUYIN_MEDIA.topics],
        ['images-too-many', DOUYIN_MEDIA.images],
      ],
    )
    assert.match(result.issues[1].message, /^文案（含话题）\d+ 字，超过抖音上限 1000 字。$/)
  })
})
