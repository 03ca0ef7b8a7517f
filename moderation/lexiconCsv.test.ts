import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { lexiconToCsv } from './lexiconToCsv'
import { parseLexiconCsv } from './parseLexiconCsv'
import type { LexiconEntry } from './types'

// Files written before matchPinyin/matchVariants existed: still read as they are.
const HEADER = 'word,category,severity,replacement,note,enabled'
const WRITTEN_HEADER = `${HEADER},matchPinyin,matchVariants`

describe('lexiconToCsv', () => {
  test('writes the header and one CRLF-terminated row per entry', () => {
    const csv = lexiconToCsv([{ word: '稳赚', category: 'finance-promise', severity: 'block', replacement: '有望获利' }])
    assert.equal(csv, `${WRITTEN_HEADER}\r\n稳赚,finance-promise,block,有望获利,,true,off,true\r\n`)
  })
  test('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = lexiconToCsv([{ word: 'a,b', category: 'c', severity: 'warn', note: '他说"不行"\n第二行', enabled: false }])
    assert.equal(csv, `${WRITTEN_HEADER}\r\n"a,b",c,warn,,"他说""不行""\n第二行",false,off,true\r\n`)
  })
  test('guards fields that a spreadsheet would run as a formula', () => {
    const csv = lexiconToCsv([{ word: '=HYPERLINK("x")', category: 'c', severity: 'warn' }])
    assert.match(csv, /\r\n"'=HYPERLINK\(""x""\)",c,warn/)
  })
})

describe('parseLexiconCsv', () => {
  test('round-trips what lexiconToCsv writes', () => {
    const entries: LexiconEntry[] = [
      {
        word: '稳赚',
        category: 'finance-promise',
        severity: 'block',
        replacement: '有望获利',
        note: '第二十五条',
        enabled: true,
        matchPinyin: 'initials',
        matchVariants: true,
      },
      {
        word: 'a,"b"',
        category: 'x',
        severity: 'review',
        replacement: null,
        note: '多行\r\n备注',
        enabled: false,
        matchPinyin: 'off',
        matchVariants: false,
      },
      {
        word: '第一次',
        category: 'ad-absolute',
        severity: 'allow',
        replacement: null,
        note: null,
        enabled: true,
        matchPinyin: 'full',
        matchVariants: true,
      },
      {
        word: '-v',
        category: 'x',
        severity: 'warn',
        replacement: '=1',
        note: null,
        enabled: true,
        matchPinyin: 'off',
        matchVariants: true,
      },
    ]
    const { entries: parsed, errors } = parseLexiconCsv(lexiconToCsv(entries))
    assert.deepEqual(errors, [])
    assert.deepEqual(parsed, entries)
  })

  test('accepts a BOM, LF line ends, blank lines, columns in any order and Chinese titles and values', () => {
    const csv = '\ufeff级别,词条,分类,启用\n\n禁止,稳赚,金融,是\n提示,最,广告,否\n允许,第一次,广告,\n'
    const { entries, errors } = parseLexiconCsv(csv)
    assert.deepEqual(errors, [])
    assert.deepEqual(
      entries.map((entry) => [entry.word, entry.severity, entry.enabled]),
      [
        ['稳赚', 'block', true],
        ['最', 'warn', false],
        ['第一次', 'allow', true],
      ],
    )
  })

  test('reads the pinyin and variant columns under Chinese titles and values, and leaves them out of older files', () => {
    const csv = '词条,分类,级别,拼音变体,谐音变体\n稳赚不赔,金融,禁止,首字母,是\n保本,金融,禁止,全拼,否\n独家,广告,禁止,不匹配,\n'
    const { entries, errors } = parseLexiconCsv(csv)
    assert.deepEqual(errors, [])
    assert.deepEqual(
      entries.map((entry) => [entry.word, entry.matchPinyin, entry.matchVariants]),
      [
        ['稳赚不赔', 'initials', true],
        ['保本', 'full', false],
        ['独家', 'off', true],
      ],
    )
    const old = parseLexiconCsv(`${HEADER}\n稳赚,x,block,,,true\n`)
    assert.equal('matchPinyin' in old.entries[0], false)
    assert.equal('matchVariants' in old.entries[0], false)
    const bad = parseLexiconCsv(`${WRITTEN_HEADER}\n稳赚,x,block,,,true,sometimes,true\n`)
    assert.match(bad.errors[0].message, /第 2 行：拼音“sometimes”无效/)
  })

  test('reports each bad row by its line number and keeps the good rows', () => {
    const csv = [
      HEADER,
      '稳赚,finance,block,,,', // line 2: fine
      ',finance,block,,,', // line 3: empty word
      '***,finance,block,,,', // line 4: only symbols
      '保本,,block,,,', // line 5: no category
      '保本,finance,blok,,,', // line 6: bad severity
      '保本,finance,block,,,maybe', // line 7: bad enabled
      '穩賺,finance,review,,,', // line 8: same word as line 2 after folding
      '零风险,finance,block,,,,extra', // line 9: too many fields
      '"多行\n词条",x,warn,,,', // line 10-11: quoted line break, fine
      '保息,finance,block,,,', // line 12: fine
    ].join('\n')
    const { entries, errors } = parseLexiconCsv(csv)
    assert.deepEqual(
      entries.map((entry) => entry.word),
      ['稳赚', '多行\n词条', '保息'],
    )
    assert.deepEqual(
      errors.map((error) => error.line),
      [3, 4, 5, 6, 7, 8, 9],
    )
    for (const error of errors) assert.ok(error.message.startsWith(`第 ${error.line} 行：`), error.message)
    assert.match(errors[0].message, /词条为空/)
    assert.match(errors[3].message, /级别“blok”无效/)
    assert.match(errors[5].message, /与第 2 行重复/)
  })

  test('reports an unclosed quote at the line where it opened', () => {
    const { errors } = parseLexiconCsv(`${HEADER}\n稳赚,x,block,,,\n"保本,x,block,,,\n`)
    assert.equal(errors[0]?.line, 3)
    assert.match(errors[0]?.message ?? '', /引号没有闭合/)
  })

  test('reports text after a closing quote', () => {
    const { errors } = parseLexiconCsv(`${HEADER}\n"稳"赚,x,block,,,\n`)
    assert.equal(errors[0]?.line, 2)
    assert.match(errors[0]?.message ?? '', /引号闭合后还有多余的字符/)
  })

  test('reports a missing required column and an unknown column on line 1', () => {
    const { entries, errors } = parseLexiconCsv('word,severity,colour\n稳赚,block,red\n')
    assert.deepEqual(entries, [])
    assert.deepEqual(
      errors.map((error) => error.line),
      [1, 1],
    )
    assert.ok(errors.some((error) => error.message.includes('不认识的列“colour”')))
    assert.ok(errors.some((error) => error.message.includes('缺少必填列 category')))
  })

  test('reports an empty file', () => {
    assert.equal(parseLexiconCsv('').errors[0]?.line, 1)
  })
})
