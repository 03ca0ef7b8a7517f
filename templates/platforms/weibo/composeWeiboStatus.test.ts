import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { composeWeiboStatus } from './composeWeiboStatus'
import { weiboLength } from './weiboLength'

const url = 'https://cms.example.com/a/1'
const compose = (overrides: Partial<Parameters<typeof composeWeiboStatus>[0]> = {}) =>
  composeWeiboStatus({ title: '新品上市', excerpt: '一段摘要。', excerptIsEditorDigest: false, hashtags: [], publicUrl: url, ...overrides })

describe('weiboLength', () => {
  test('counts code points, and every URL as at least 20', () => {
    assert.equal(weiboLength('中文abc'), 5)
    assert.equal(weiboLength('看 http://a.cn'), 22)
    assert.equal(weiboLength(`看 ${url}`), 2 + 27)
    assert.equal(weiboLength('👍🏽'), 2)
  })
})

describe('composeWeiboStatus', () => {
  test('title in 【】, excerpt, topics, then the link', () => {
    const { text, issues } = compose({ hashtags: ['#双11#', '＃预售＃', ' 预售 ', '#'] })
    assert.equal(text, `【新品上市】一段摘要。 「双11」「预售」 ${url}`)
    assert.deepEqual(
      issues.map((issue) => issue.code),
      ['topics-as-text'],
    )
  })

  test('#topics# and URLs in the copy are neutralised', () => {
    const { text } = compose({ excerpt: '参加 #618大促# 详见 https://other.example/x 哦' })
    assert.equal(text, `【新品上市】参加 「618大促」 详见 哦 ${url}`)
  })

  test('the excerpt takes exactly what is left of 140', () => {
    const { text, excerpt } = compose({ excerpt: '字'.repeat(300) })
    assert.equal(weiboLength(text), 140)
    assert.equal(excerpt, `${'字'.repeat(140 - 6 - 28 - 1)}…`)
  })

  test('an editor digest that had to be cut is reported', () => {
    const { issues } = compose({ excerpt: '字'.repeat(300), excerptIsEditorDigest: true })
    assert.deepEqual(
      issues.map((issue) => [issue.code, issue.severity]),
      [['digest-truncated', 'warning']],
    )
  })

  test('topics that do not fit are dropped with a warning, the link never is', () => {
    const { text, issues } = compose({ title: '标'.repeat(100), hashtags: ['一二三四五六七八九十', '十九八七六五四三二一'] })
    assert.ok(weiboLength(text) <= 140)
    assert.ok(text.endsWith(url))
    assert.deepEqual(
      issues.map((issue) => issue.code),
      ['hashtags-dropped', 'topics-as-text'],
    )
  })

  test('a huge title is cut to fit beside the link', () => {
    const { text, issues } = compose({ title: '标'.repeat(300) })
    assert.equal(weiboLength(text), 140)
    assert.ok(text.endsWith(`…】 ${url}`))
    assert.equal(issues[0].code, 'title-truncated')
  })

  test('without a link the whole 140 is text', () => {
    const { text } = compose({ publicUrl: null, excerpt: '字'.repeat(300) })
    assert.equal(weiboLength(text), 140)
  })

  test('a link that cannot fit at all is an error and left out', () => {
    const longUrl = `https://cms.example.com/${'a'.repeat(200)}`
    const { text, issues } = compose({ publicUrl: longUrl })
    assert.ok(!text.includes('http'))
    assert.equal(issues[0].code, 'public-url-too-long')
  })
})
