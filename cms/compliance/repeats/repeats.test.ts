import assert from 'node:assert/strict'
import { test } from 'node:test'
import { outgoingTextParts } from '../outgoingText'
import { REPEAT_MAX_HAMMING, repeatFindings } from './repeatFindings'
import { fingerprintOf, repeatTextOf } from './repeatText'
import { normalizeForRepeats, type NormalizedText } from './shingles'
import { hammingDistance, simhash64 } from './simhash'

const original =
  '冬天的社区面包店，凌晨五点就亮起了灯。老板娘每天揉面三个小时，只用本地磨的面粉和新鲜黄油。' +
  '会员日这周六开始，全场满一百九十九减三十，门店自提再减五元，新人首单还送一杯热拿铁。' +
  '我们也准备了亲子烘焙课，孩子可以亲手做一只小熊面包带回家，名额有限，请在小程序提前报名。'
const reworded = original.replace('凌晨五点', '清晨五点').replace('再减五元', '再减六元').replace('热拿铁', '热可可')
const unrelated =
  '冷萃咖啡的秘密在于时间：十二小时的低温浸泡让苦味物质留在咖啡粉里，只把果酸和甜感带进杯中。' +
  '我们用中度烘焙的云南豆，按一比八的比例加入过滤水，放进冰箱静置一夜，第二天过滤即可饮用。'

const article = (body: string) => outgoingTextParts({ collection: 'articles', data: { title: '会员日', body } })

test('a lightly reworded copy is a near fingerprint and a review finding naming the other item, with its passages', () => {
  const a = fingerprintOf(repeatTextOf(article(original)))
  const b = fingerprintOf(repeatTextOf(article(reworded)))
  assert.ok(a && b)
  assert.ok(hammingDistance(a, b) <= REPEAT_MAX_HAMMING, `distance ${hammingDistance(a, b)}`)
  const own = repeatTextOf(article(reworded))
  const rows = repeatFindings({
    own,
    other: repeatTextOf(article(original)),
    item: { collection: 'articles', id: 1, title: '面包店会员日' },
  })
  const body = rows.find((r) => r.field === 'body')
  assert.ok(body)
  assert.equal(body.severity, 'review')
  assert.match(body.word, /^与《面包店会员日》相似度 \d+%$/)
  for (const { start, end } of body.occurrences) {
    const passage = reworded.slice(start, end)
    assert.ok(passage.length >= 12 && original.includes(passage), `offsets point into this item’s own text: ${passage}`)
  }
  assert.equal(reworded.slice(body.start, body.end), reworded.slice(body.occurrences[0].start, body.occurrences[0].end))
})

test('an unrelated text is far, and not a repeat', () => {
  const a = fingerprintOf(repeatTextOf(article(original)))
  const c = fingerprintOf(repeatTextOf(article(unrelated)))
  assert.ok(a && c)
  assert.ok(hammingDistance(a, c) > REPEAT_MAX_HAMMING, `distance ${hammingDistance(a, c)}`)
  assert.deepEqual(
    repeatFindings({
      own: repeatTextOf(article(unrelated)),
      other: repeatTextOf(article(original)),
      item: { collection: 'articles', id: 1, title: 'x' },
    }),
    [],
  )
})

test('a text too short to compare has no fingerprint; the hash is 16 hex digits and stable', () => {
  assert.equal(fingerprintOf(repeatTextOf(outgoingTextParts({ collection: 'posters', data: { title: '双12', headline: '会员日' } }))), null)
  assert.match(simhash64(['abcd', 'bcde']), /^[0-9a-f]{16}$/)
  assert.equal(simhash64(['abcd', 'bcde']), simhash64(['bcde', 'abcd']))
  assert.equal(hammingDistance('ffffffff00000000', '0000000000000000'), 32)
})

test('link and image addresses are not compared: two posts showing one image do not share its file name', async () => {
  const { normalizeForRepeats } = await import('./shingles')
  const text = '看图 ![门店](/api/media/file/f-1796389.png) 详见 https://example.com/a 结束'
  const normalized = normalizeForRepeats(text)
  assert.equal(normalized.chars.join(''), '看图门店详见结束')
  assert.equal(text.slice(normalized.offsets[2], normalized.ends[3]), '门店')
})

test('the fast fold keeps and folds every character as NFKC and lower case do', () => {
  // Every BMP character but the surrogates, and a few beyond it (𠀀 CJK Extension B, 𝐀 mathematical bold A, 😀).
  const chars: string[] = []
  for (let code = 0; code <= 0xffff; code += 1) if (code < 0xd800 || code > 0xdfff) chars.push(String.fromCharCode(code))
  chars.push('𠀀', '𝐀', '😀')
  const kept = /[\p{L}\p{N}]/u
  const expected: NormalizedText = { chars: [], offsets: [], ends: [] }
  let offset = 0
  for (const char of chars) {
    const folded = char.normalize('NFKC').toLowerCase()
    if (kept.test(folded)) {
      expected.chars.push(folded)
      expected.offsets.push(offset)
      expected.ends.push(offset + char.length)
    }
    offset += char.length
  }
  assert.deepEqual(normalizeForRepeats(chars.join('')), expected)
})
