import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { channelsProfile, DOUYIN_MEDIA, douyinProfile } from '../../../lib/platforms'
import { renderShortPost } from './renderShortPost'
import { mostImagesOf, type ShortPostRules } from './shortPostRules'
import { topicsOf } from './topicLine'

const rules: ShortPostRules = {
  label: '测试平台',
  bodyName: '正文',
  title: { max: 10 },
  body: { max: 30 },
  topics: { max: 2 },
  images: { max: 2 },
}
const render = (input: Partial<Parameters<typeof renderShortPost>[0]['input']>, overrides: Partial<ShortPostRules> = {}) =>
  renderShortPost({ input: { title: '标题', markdown: '正文', ...input }, rules: { ...rules, ...overrides } })
const codes = (result: ReturnType<typeof render>) => result.issues.map((issue) => [issue.code, issue.severity, issue.limit])

describe('renderShortPost', () => {
  test('plain text, the topics last as #话题, no issues within the limits', () => {
    const result = render({ markdown: '第一行\n第二行', hashtags: ['秋日', '#通勤#'] })
    assert.equal(result.format, 'text')
    assert.equal(result.body, '第一行\n第二行\n\n#秋日 #通勤')
    assert.deepEqual(result.issues, [])
  })

  test('without topics the text stands alone', () => {
    assert.equal(render({ markdown: '只有正文' }).body, '只有正文')
  })

  test('each limit the platform would refuse is an error naming it; nothing is cut', () => {
    const result = render({ title: '标'.repeat(11), markdown: '字'.repeat(30), hashtags: ['一', '二', '三'] })
    assert.deepEqual(codes(result), [
      ['title-too-long', 'error', 10],
      ['body-too-long', 'error', 30],
      ['topics-too-many', 'error', 2],
    ])
    assert.match(result.issues[0].message, /标题 11 字，超过测试平台上限 10 字/)
    assert.match(result.issues[1].message, /正文（含话题）\d+ 字，超过测试平台上限 30 字/)
    assert.ok(result.body.startsWith('字'.repeat(30)))
  })

  test('at the limits it passes (the topics count inside the text)', () => {
    const result = render({ title: '标'.repeat(10), markdown: '字'.repeat(30 - 4), hashtags: ['一'] })
    assert.equal([...result.body].length, 30)
    assert.deepEqual(result.issues, [])
  })

  test('the pictures go beside the text in order, after the cover; too many is an error', () => {
    const gallery = [1, 2, 3].map((n) => ({ src: `/api/media/file/${n}.jpg`, alt: `图${n}` }))
    const result = render({ gallery, coverUrl: '/api/media/file/c.jpg' })
    assert.deepEqual(
      result.images.map((image) => [image.src, image.role]),
      [
        ['/api/media/file/c.jpg', 'cover'],
        ['/api/media/file/1.jpg', 'body'],
        ['/api/media/file/2.jpg', 'body'],
        ['/api/media/file/3.jpg', 'body'],
      ],
    )
    assert.deepEqual(codes(result), [['images-too-many', 'error', 2]])
  })

  test('a platform that takes no pictures says they are not sent', () => {
    const result = render({ gallery: [{ src: '/api/media/file/1.jpg', alt: '' }] }, { images: { max: 0 } })
    assert.deepEqual(result.images, [])
    assert.deepEqual(codes(result), [['images-not-sent', 'warning', undefined]])
  })

  test('SVG and unsafe pictures are dropped with a warning; body images are not text', () => {
    const result = render({
      markdown: '看 ![a](https://i.example/a.png)',
      gallery: [
        { src: 'javascript:alert(1)', alt: '' },
        { src: '/x.svg', alt: '' },
        { src: '/ok.jpg', alt: '' },
      ],
    })
    assert.equal(result.body, '看')
    assert.deepEqual(
      result.images.map((image) => image.src),
      ['/ok.jpg'],
    )
    assert.deepEqual(codes(result), [
      ['images-dropped', 'warning', undefined],
      ['inline-images-dropped', 'warning', undefined],
    ])
  })

  test('no HTML: markup in the text stays text', () => {
    assert.equal(render({ markdown: '<img src=x onerror=alert(1)>' }).body, '<img src=x onerror=alert(1)>')
  })
})

describe('topics and pictures from the profile', () => {
  test('topics are cleaned of # and spaces, empties and repeats dropped', () => {
    assert.deepEqual(topicsOf(['#秋日 穿搭#', '＃通勤', '', '#', '秋日穿搭']), ['秋日穿搭', '通勤'])
  })

  test('the most pictures of any route; none when every route takes none', () => {
    assert.equal(mostImagesOf(douyinProfile), DOUYIN_MEDIA.images)
    assert.equal(mostImagesOf(channelsProfile), 0)
  })
})
