import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { z } from 'zod'
import { extractJson, parseModelJson, unwrapModelText } from './modelText'

describe('reading model output', () => {
  test('JSON is found bare, in a ```json block, or inside prose', () => {
    const expected = { titles: [{ title: '会员日来了', angle: '利益点' }] }
    for (const raw of [
      JSON.stringify(expected),
      '好的，以下是标题：\n```json\n' + JSON.stringify(expected, null, 2) + '\n```\n希望有帮助！',
      '结果如下 ' + JSON.stringify(expected) + ' 请查收',
    ]) {
      assert.deepEqual(extractJson(raw), { ok: true, value: expected })
    }
    assert.equal(extractJson('1. 会员日来了\n2. 周末去哪').ok, false)
  })

  test('a schema mismatch names the fields in Chinese, for the repair turn', () => {
    const parsed = parseModelJson({ raw: '{"titles": "会员日来了"}', schema: z.object({ titles: z.array(z.string()) }) })
    assert.equal(parsed.ok, false)
    assert.match(parsed.ok ? '' : parsed.problem, /JSON 的字段不符合要求（titles：/)
  })

  test('a code fence or quotes around a whole plain-text answer are removed, inner quotes kept', () => {
    assert.equal(unwrapModelText('```markdown\n# 标题\n\n正文\n```'), '# 标题\n\n正文')
    assert.equal(unwrapModelText('“本周六会员日市集开放。”'), '本周六会员日市集开放。')
    assert.equal(unwrapModelText('“好吃”是第一句，“实惠”是第二句'), '“好吃”是第一句，“实惠”是第二句')
  })
})
