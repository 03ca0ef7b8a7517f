import assert from 'node:assert/strict'
import { test } from 'node:test'
import { wrapText } from './wrapText'

test('Chinese wraps by width, never starting a line with closing punctuation', () => {
  const lines = wrapText({ text: '会员日全场满一百九十九减三十，门店自提再减五元', fontSize: 100, maxWidth: 700, maxLines: 5 })
  assert.deepEqual(lines, ['会员日全场满一', '百九十九减三十，', '门店自提再减五', '元'])
})

test('Latin words take less room; too many lines end with an ellipsis', () => {
  assert.deepEqual(wrapText({ text: '618 大促 Big Sale', fontSize: 100, maxWidth: 1000, maxLines: 2 }), ['618 大促 Big Sale'])
  const cut = wrapText({ text: '一二三四五六七八九十'.repeat(3), fontSize: 100, maxWidth: 500, maxLines: 2 })
  assert.equal(cut.length, 2)
  assert.ok(cut[1].endsWith('…'))
})
