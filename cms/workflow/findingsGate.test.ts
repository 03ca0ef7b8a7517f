import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findingsRefusal, type GateFinding } from './findingsGate'

test('a refusal names each blocking word once, and counts the rest past twenty', () => {
  const repeated: GateFinding[] = [
    { word: '最佳', severity: 'block', field: 'body' },
    { word: '最佳', severity: 'block', field: 'title' },
  ]
  assert.equal(findingsRefusal({ gate: 'submit', findings: repeated }), '不能提交：内容含有禁用词 「最佳」。请修改后再提交。')

  const many: GateFinding[] = Array.from({ length: 45 }, (_, i) => ({ word: `禁词${i}`, severity: 'block' }))
  const message = findingsRefusal({ gate: 'submit', findings: many }) ?? ''
  assert.match(message, /「禁词0」.*「禁词19」 等 45 个词语/)
  assert.ok(!message.includes('禁词20'))
})
