import assert from 'node:assert/strict'
import { test } from 'node:test'
import { repeatRowsOf } from './repeatRows'

test('only well-formed repeat rows are read from the stored findings', () => {
  const repeat = {
    category: 'repeat',
    word: '与《会员日》相似度 86%',
    field: 'body',
    fieldLabel: '正文',
    excerpt: '凌晨五点就亮起了灯',
    count: 2,
    similarTo: { collection: 'articles', id: 3, title: '会员日', similarity: 0.86 },
  }
  assert.deepEqual(repeatRowsOf([{ category: 'ad-absolute', word: '最佳' }, repeat, { category: 'repeat' }]), [repeat])
  assert.deepEqual(repeatRowsOf(null), [])
})
