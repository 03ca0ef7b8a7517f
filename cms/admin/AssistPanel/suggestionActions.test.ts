import assert from 'node:assert/strict'
import { test } from 'node:test'
import { suggestionActions, variantText } from './suggestionActions'

const kinds = (task: string, platform = 'wechat', platformLabel = '公众号') =>
  suggestionActions({ task, platform, platformLabel }).map((action) => action.kind)

test('a Weibo post is saved as the Weibo variant and can never replace or extend the article body', () => {
  assert.deepEqual(suggestionActions({ task: 'weibo', platform: 'wechat', platformLabel: '公众号' }), [
    { kind: 'save-variant', label: '存为微博改写', platform: 'weibo', field: 'digest' },
  ])
})

test('a rewrite for another platform becomes that platform’s variant, not the article', () => {
  assert.deepEqual(suggestionActions({ task: 'rewrite', platform: 'toutiao', platformLabel: '头条号' }), [
    { kind: 'save-variant', label: '存为头条号改写', platform: 'toutiao', field: 'body' },
  ])
})

test('only tasks that produce a body offer 替换正文', () => {
  const replacing = ['titles', 'digest', 'weibo', 'rewrite', 'polish', 'draft', 'poster'].filter((task) =>
    kinds(task).includes('replace-body'),
  )
  assert.deepEqual(replacing, ['polish', 'draft'])
  assert.deepEqual(kinds('titles'), ['use-title'])
  assert.deepEqual(kinds('digest'), ['use-digest'])
  assert.deepEqual(kinds('poster'), [])
})

test('a Weibo post is stored as the variant’s excerpt without the 【title】 and link the publisher adds itself', () => {
  assert.equal(
    variantText({ text: '【618 会员日】三天全场第二杯半价。 #618会员日# [原文链接]', field: 'digest' }),
    '三天全场第二杯半价。 #618会员日#',
  )
  assert.equal(variantText({ text: '# 标题\n\n正文', field: 'body' }), '# 标题\n\n正文')
})
