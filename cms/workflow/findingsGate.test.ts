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

test('a word read inside an image names the image and the word', () => {
  const inCover: GateFinding = { word: '稳赚不赔', severity: 'block', image: '封面图片 a.png' }
  assert.equal(
    findingsRefusal({ gate: 'submit', findings: [inCover] }),
    '不能提交：封面图片 a.png 中识别出「稳赚不赔」（禁止）。请修改后再提交。',
  )
  const both = findingsRefusal({ gate: 'approve', findings: [{ word: '最佳', severity: 'block' }, inCover] }) ?? ''
  assert.match(both, /^不能审核通过：内容含有禁用词 「最佳」；封面图片 a\.png 中识别出「稳赚不赔」（禁止）。/)
  const unread: GateFinding = {
    word: '图片文字未能识别',
    severity: 'review',
    image: '正文图片 b.png',
    note: '正文图片 b.png 的文字未能识别',
  }
  assert.match(findingsRefusal({ gate: 'approve', findings: [unread] }) ?? '', /^正文图片 b\.png 的文字未能识别。如确认无风险/)
  assert.equal(findingsRefusal({ gate: 'approve', findings: [unread], acknowledge: '已人工查看图片' }), null)
})

test('a repeat of another item is said in its own words, needs an acknowledgement to approve and never stops submit', () => {
  const repeat: GateFinding = { word: '与《会员日》相似度 86%', severity: 'review', note: '与《会员日》相似度 86%（可能是重复内容）' }
  assert.equal(findingsRefusal({ gate: 'submit', findings: [repeat] }), null)
  assert.equal(
    findingsRefusal({ gate: 'approve', findings: [repeat] }),
    '与《会员日》相似度 86%（可能是重复内容）。如确认无风险，请在“风险确认说明”中写明理由（至少 4 个字）后再审核通过。',
  )
  assert.equal(findingsRefusal({ gate: 'approve', findings: [repeat], acknowledge: '系列活动，沿用上期介绍' }), null)
})
