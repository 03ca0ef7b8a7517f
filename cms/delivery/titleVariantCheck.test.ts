import assert from 'node:assert/strict'
import { test } from 'node:test'
import { effectiveTitleVariant, titleVariantProblem } from './titleVariantCheck'

const article = { title: '正文标题', titleCandidates: [{ title: '备选一' }] }

test('title 1 (or empty) always goes; a candidate only when the item has it', () => {
  for (const variant of [null, undefined, 1, 2])
    assert.equal(titleVariantProblem({ collection: 'articles', data: article, variant }), null, String(variant))
  assert.equal(
    titleVariantProblem({ collection: 'articles', data: article, title: '双12', variant: 3 }),
    '选用的是标题 3，但《双12》只有 1 个备选标题（标题 2）：请改选已有的标题，或先在内容里补上备选标题（改动后需重新审核）。',
  )
  assert.match(String(titleVariantProblem({ collection: 'posters', data: { title: '海报' }, variant: 2 })), /没有备选标题/)
  assert.match(String(titleVariantProblem({ collection: 'articles', data: article, variant: 6 })), /无效/)
})

test('the variant a row sends: empty or out of range is title 1', () => {
  assert.deepEqual([null, undefined, 1, 2, 5, 6, 2.5].map(effectiveTitleVariant), [1, 1, 1, 2, 5, 1, 1])
})
