import assert from 'node:assert/strict'
import { test } from 'node:test'
import { outgoingTextParts, reviewedFieldsOf, selectOutgoing } from './outgoingText'

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

test('title candidates are outgoing titles 2..5, and a slot’s chosen candidate wins over the shared and the platform’s title', () => {
  const parts = outgoingTextParts({
    collection: 'articles',
    data: {
      title: '正文标题',
      titleCandidates: [{ title: '备选甲' }, { title: '  ' }, { title: '备选丙' }],
      variants: [{ platform: 'weibo', title: '微博标题' }],
    },
  })
  assert.deepEqual(
    parts.filter((p) => p.slot === 'titleCandidate').map((p) => [p.field, p.label, p.text]),
    [
      ['titleCandidates.0.title', '标题 2（备选标题）', '备选甲'],
      ['titleCandidates.2.title', '标题 4（备选标题）', '备选丙'],
    ],
  )
  assert.equal(selectOutgoing({ parts, platform: 'weibo', titleVariant: 2 }).title, '备选甲')
  assert.equal(selectOutgoing({ parts, platform: 'wechat', titleVariant: 4 }).title, '备选丙')
  // The platform's rewrite is of title 1.
  assert.equal(selectOutgoing({ parts, platform: 'weibo', titleVariant: 1 }).title, '微博标题')
  assert.equal(selectOutgoing({ parts, platform: 'weibo' }).title, '微博标题')
  // A missing candidate is no title at all, never another one.
  assert.equal(selectOutgoing({ parts, platform: 'wechat', titleVariant: 3 }).title, '')
  assert.equal(selectOutgoing({ parts, platform: 'wechat', titleVariant: 5 }).title, '')
})

test('a video’s candidates are outgoing text too; posters have none', () => {
  const video = outgoingTextParts({ collection: 'videos', data: { title: '视频', titleCandidates: [{ title: '视频备选' }] } })
  assert.deepEqual(
    video.map((p) => p.field),
    ['title', 'titleCandidates.0.title'],
  )
  assert.ok(reviewedFieldsOf('articles').includes('titleCandidates'), 'editing a candidate sends approved work back to review')
  assert.ok(reviewedFieldsOf('videos').includes('titleCandidates'))
})
