import assert from 'node:assert/strict'
import { test } from 'node:test'
import { outgoingTextParts, selectOutgoing } from './outgoingText'

test('a poster’s headline, title and copy are all outgoing text, named as an editor would', () => {
  const parts = outgoingTextParts({ collection: 'posters', data: { title: '双12', headline: '全网最低价 国家级', copy: '到店自提' } })
  assert.deepEqual(
    parts.map((p) => [p.field, p.label, p.text]),
    [
      ['title', '海报标题', '双12'],
      ['headline', '海报主标题', '全网最低价 国家级'],
      ['copy', '海报文案', '到店自提'],
    ],
  )
})

test('Weibo topics, each variant and the media’s alt text are parts of an article; empty texts are not', () => {
  const parts = outgoingTextParts({
    collection: 'articles',
    data: {
      title: '标题',
      body: '正文 ![图](/api/media/file/a%20b.png)',
      digest: '  ',
      hashtags: ['双12', ''],
      cover: { id: 7, alt: '封面上的字' },
      variants: [{ platform: 'weibo', title: '微博标题', body: '微博正文' }],
    },
    media: { byId: new Map(), byFilename: new Map([['a b.png', '正文图的说明']]) },
  })
  assert.deepEqual(
    parts.map((p) => [p.field, p.label, p.platform ?? null]),
    [
      ['title', '标题', null],
      ['body', '正文', null],
      ['hashtags.0', '微博话题', null],
      ['variants.0.title', '微博改写·标题', 'weibo'],
      ['variants.0.body', '微博改写·正文', 'weibo'],
      ['cover.alt', '封面替代文字', null],
      ['bodyImages.a b.png.alt', '正文图片 a b.png 的替代文字', null],
    ],
  )
})

test('a relationship given by id takes its alt text from the lookup; renditions are named by position', () => {
  const parts = outgoingTextParts({
    collection: 'posters',
    data: { image: 3, sizes: [{ size: 'story', image: 4 }] },
    media: {
      byId: new Map([
        ['3', '主图说明'],
        ['4', '竖版说明'],
      ]),
      byFilename: new Map(),
    },
  })
  assert.deepEqual(
    parts.map((p) => [p.field, p.label]),
    [
      ['image.alt', '海报主图替代文字'],
      ['sizes.0.image.alt', '尺寸版本 1 的图片替代文字'],
    ],
  )
})

test('a platform gets its variant where it says something, the shared text elsewhere', () => {
  const parts = outgoingTextParts({
    collection: 'articles',
    data: { title: '共同标题', body: '共同正文', author: '小王', variants: [{ platform: 'weibo', title: '微博标题', body: '' }] },
  })
  const weibo = selectOutgoing({ parts, platform: 'weibo' })
  assert.deepEqual([weibo.title, weibo.body, weibo.author], ['微博标题', '共同正文', '小王'])
  assert.equal(selectOutgoing({ parts, platform: 'wechat' }).title, '共同标题')
})
