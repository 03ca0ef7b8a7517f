import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lexiconCategoryCode, lexiconCategoryLabel, LEXICON_CATEGORY_LABELS } from './categories'
import { encodeGbk } from './encodeGbk.testHelper'
import { lexiconToSheet, readLexiconSheet } from './lexiconSheet'

const SHEET = '词,分类,级别,建议,备注,启用\r\n全网最低价,绝对化用语,禁止,超值价,广告法第九条,是\r\n包邮到家,promotion,提示,,,否\r\n'

test('a GBK file, as Excel saves it in China, with Chinese titles and values is read', () => {
  const { entries, errors } = readLexiconSheet(encodeGbk(SHEET))
  assert.deepEqual(errors, [])
  assert.deepEqual(
    entries.map((entry) => [entry.word, entry.category, entry.severity, entry.replacement, entry.note, entry.enabled]),
    [
      ['全网最低价', 'absolute_terms', 'block', '超值价', '广告法第九条', true],
      ['包邮到家', 'promotion', 'warn', null, null, false],
    ],
  )
})

test('UTF-8 with and without the BOM reads the same as GBK', () => {
  const utf8 = new TextEncoder().encode(SHEET)
  const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])
  const expected = readLexiconSheet(encodeGbk(SHEET))
  assert.deepEqual(readLexiconSheet(utf8), expected)
  assert.deepEqual(readLexiconSheet(withBom), expected)
})

test('the English titles and codes of older files still import', () => {
  const { entries, errors } = readLexiconSheet(new TextEncoder().encode('word,category,severity\n顶级,absolute_terms,review\n'))
  assert.deepEqual(errors, [])
  assert.deepEqual([entries[0]?.category, entries[0]?.severity], ['absolute_terms', 'review'])
})

test('a bad row names its line once', () => {
  const { errors } = readLexiconSheet(new TextEncoder().encode('词条,分类,级别\n新词,其他,禁止\n\n坏词,其他,致命\n'))
  assert.equal(errors.length, 1)
  assert.equal(errors[0]?.line, 4)
  assert.match(errors[0]?.message ?? '', /^第 4 行：级别“致命”无效/)
  assert.equal(errors[0]?.message.match(/第 \d+ 行/g)?.length, 1)
})

test('the export is in Chinese and reads back to the same entries', () => {
  const entries = [
    { word: '稳赚', category: 'financial_promise', severity: 'block' as const, replacement: null, note: '不得承诺收益', enabled: true },
    {
      word: '=1+1',
      category: 'team-made',
      severity: 'allow' as const,
      replacement: '二',
      note: null,
      enabled: false,
      matchPinyin: 'initials' as const,
      matchVariants: false,
    },
  ]
  const sheet = lexiconToSheet(entries)
  assert.match(sheet, /^词条,分类,级别,替换建议,备注,启用,拼音变体,谐音变体\r\n稳赚,收益承诺,禁止,,不得承诺收益,是,不匹配,是\r\n/)
  const back = readLexiconSheet(new TextEncoder().encode(sheet))
  assert.deepEqual(back.errors, [])
  assert.deepEqual(back.entries, [{ ...entries[0], matchPinyin: 'off', matchVariants: true }, { ...entries[1] }])
})

test('every category name belongs to one code, so names round-trip', () => {
  const names = Object.values(LEXICON_CATEGORY_LABELS)
  assert.equal(new Set(names).size, names.length)
  for (const [code, name] of Object.entries(LEXICON_CATEGORY_LABELS)) {
    assert.equal(lexiconCategoryLabel(code), name)
    assert.equal(lexiconCategoryCode(name), code)
  }
  assert.equal(lexiconCategoryLabel('团队自定'), '团队自定')
  assert.equal(lexiconCategoryCode(' 团队自定 '), '团队自定')
})
