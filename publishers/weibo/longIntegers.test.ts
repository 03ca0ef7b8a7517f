import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { quoteLongIntegers } from './longIntegers'

describe('quoteLongIntegers', () => {
  test('int64 ids beyond 2^53 survive JSON.parse exactly; short numbers stay numbers', () => {
    const text = '[{"id":5118000000000001001,"comments":1,"reposts":0,"attitudes":3},{"id":9007199254740993,"comments":"2"}]'
    const parsed = JSON.parse(quoteLongIntegers(text)) as { id: unknown; comments: unknown }[]
    assert.deepEqual(
      parsed.map((item) => [item.id, item.comments]),
      [
        ['5118000000000001001', 1],
        ['9007199254740993', '2'],
      ],
    )
  })

  test('digits inside strings, escaped quotes, decimals and exponents are left alone', () => {
    const text =
      '{"text":"id \\"5118000000000001001\\" 12345678901234567","rate":1234567890123456.5,"big":1234567890123456e2,"n":-12345678901234567}'
    const parsed = JSON.parse(quoteLongIntegers(text)) as Record<string, unknown>
    assert.equal(parsed.text, 'id "5118000000000001001" 12345678901234567')
    assert.equal(typeof parsed.rate, 'number')
    assert.equal(typeof parsed.big, 'number')
    assert.equal(parsed.n, '-12345678901234567')
  })
})
