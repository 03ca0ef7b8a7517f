import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import type { LexiconEntry } from './types'

const entries: LexiconEntry[] = [
  { word: '稳赚不赔', category: 'finance-promise', severity: 'block', matchPinyin: 'initials' },
  { word: '稳赚', category: 'finance-promise', severity: 'block', matchPinyin: 'full' },
  { word: '保本', category: 'finance-promise', severity: 'block', matchPinyin: 'full' },
  { word: '独家', category: 'ad-absolute', severity: 'block' }, // pinyin off: dujia is also 度假
  { word: '加微信', category: 'traffic-diversion', severity: 'review' },
  { word: '博彩', category: 'gambling', severity: 'block' },
  { word: 'casino', category: 'gambling', severity: 'block' },
  { word: '违法', category: 'test', severity: 'block' },
  { word: '你好棒', category: 'test', severity: 'warn' },
  { word: '最好用', category: 'ad-absolute', severity: 'block' },
  { word: '保证收益', category: 'finance-promise', severity: 'block' },
  { word: '扣扣群', category: 'traffic-diversion', severity: 'review' },
  { word: '加微', category: 'traffic-diversion', severity: 'review', matchVariants: false },
]
const matcher = buildMatcher({ entries })

/** Each finding as "word:the original text at its offsets:how it was spelled". */
function found(text: string, lexicon = matcher): string[] {
  return lexicon.scan(text).map((finding) => `${finding.word}:${text.slice(finding.start, finding.end)}:${finding.evasion ?? '-'}`)
}

describe('pinyin', () => {
  test('full syllables, with or without spaces or hyphens, any case, offsets in the original text', () => {
    assert.deepEqual(found('这个 wenzhuan 的'), ['稳赚:wenzhuan:pinyin'])
    assert.deepEqual(found('说是Wen-Zhuan啊'), ['稳赚:Wen-Zhuan:pinyin'])
    assert.deepEqual(found('wen zhuan bu pei!'), ['稳赚:wen zhuan:pinyin', '稳赚不赔:wen zhuan bu pei:pinyin'])
    assert.deepEqual(found('wenzhuanbupei'), ['稳赚不赔:wenzhuanbupei:pinyin'])
    assert.deepEqual(found('ＢＡＯ ＢＥＮ'), ['保本:ＢＡＯ ＢＥＮ:pinyin'])
  })
  test('initials only for the entry that opts in', () => {
    assert.deepEqual(found('认准 wzbp 项目'), ['稳赚不赔:wzbp:initials'])
    assert.deepEqual(found('W.Z.B.P'), ['稳赚不赔:W.Z.B.P:initials'])
    assert.deepEqual(found('wz 和 bb'), [], '稳赚 and 保本 match full syllables only')
  })
  test("near misses: an English word or another word's pinyin that contains the letters", () => {
    assert.deepEqual(found('wenzhuang 文壮 is a name'), [], 'wenzhuan inside wenzhuang')
    assert.deepEqual(found('wen zhu an'), [], 'a split inside the syllable zhuan is another word')
    assert.deepEqual(found('baobeng, a baobab, xbaoben'), [], 'baoben needs word boundaries')
    assert.deepEqual(found('dujia holidays'), [], 'an entry without pinyin does not match it')
    assert.deepEqual(found('swzbp'), [])
  })
})

describe('homophones and look-alikes', () => {
  test('listed homophone spellings of a word in the entry', () => {
    assert.deepEqual(found('私聊加威信'), ['加微信:加威信:homophone'])
    assert.deepEqual(found('请加 vx 咨询'), ['加微信:加 vx:homophone'])
    assert.deepEqual(found('加V❤️领取'), ['加微信:加V❤:homophone'])
    assert.deepEqual(found('正规播彩平台'), ['博彩:播彩:homophone'])
  })
  test('near misses: the same homophone in an innocent phrase', () => {
    assert.deepEqual(found('他在村里很有威信'), [], '威信 alone is an ordinary word')
    assert.deepEqual(found('菠菜炒鸡蛋'), [], '菠菜 is spinach, not listed for 博彩')
    assert.deepEqual(found('加薇'), [], '加微 does not match variants')
  })
  test('Cyrillic and Greek look-alike letters in a Latin entry', () => {
    const text = '新开 саsinо 上线' // Cyrillic с, а and о
    assert.deepEqual(found(text), ['casino:саsinо:lookalike'])
    assert.deepEqual(found('CASΙΝΟ!'), ['casino:CASΙΝΟ:lookalike'], 'Greek capital iota, nu and omicron')
    assert.deepEqual(found('саsinоs'), [], 'still a whole word')
    assert.deepEqual(found('Бывает сасино'), [], 'Russian text made only of Cyrillic letters does not become casino by itself')
    assert.deepEqual(found('α-亚麻酸和β-胡萝卜素'), [])
  })
})

describe('split characters', () => {
  test('a listed character written as its components', () => {
    const text = '这是违氵去的'
    assert.deepEqual(found(text), ['违法:违氵去:split'])
    assert.deepEqual(found('亻尔好棒'), ['你好棒:亻尔好棒:split'])
  })
  test('near miss: components that are an ordinary word are not listed (女子 for 好)', () => {
    assert.deepEqual(found('这是最女子用的'), [])
  })
})

describe('repeated characters', () => {
  test('a repeated letter inside the word, offsets over the whole repeat', () => {
    assert.deepEqual(found('保证证收益'), ['保证收益:保证证收益:repeat'])
    assert.deepEqual(found('保保保证 收收益'), ['保证收益:保保保证 收收益:repeat'])
    assert.deepEqual(found('稳稳赚'), ['稳赚:稳稳赚:repeat'], 'one finding, not also the 稳赚 inside it')
  })
  test('near misses: ordinary doubles are read as written, and words that double still match', () => {
    assert.deepEqual(found('这台机器你最好好好用'), [], '好好 is ordinary: 最好好好用 is not 最好用')
    assert.deepEqual(found('进扣扣群'), ['扣扣群:扣扣群:-'])
    assert.deepEqual(found('扣群'), [])
  })
  test('Latin letters and digits that double are read as written', () => {
    const lexicon = buildMatcher({ entries: [{ word: 'PK10', category: 'gambling', severity: 'block' }, ...entries] })
    assert.deepEqual(found('pk100 和 caasino', lexicon), [])
  })
  test('an entry that turns variants off reads repeats as written', () => {
    assert.deepEqual(found('加加微'), ['加微:加微:-'])
  })
})

test('every rule at once keeps offsets exact', () => {
  const text = '😀 Wen-Zhuan！加V❤️，违氵去，保证证收益'
  for (const finding of matcher.scan(text)) {
    const slice = text.slice(finding.start, finding.end)
    assert.ok(slice.length > 0 && !/^[\s，！]/.test(slice), `${finding.word}: ${JSON.stringify(slice)}`)
  }
  assert.deepEqual(found(text), ['稳赚:Wen-Zhuan:pinyin', '加微信:加V❤:homophone', '违法:违氵去:split', '保证收益:保证证收益:repeat'])
})
