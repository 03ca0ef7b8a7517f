import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startOpenAiFake, type OpenAiFake } from '../../tests/fakes/openai'
import { FAKE_KEY, fakeConfig } from '../testing/fakeConfig'
import { locateQuote } from './locateQuote'
import { COMPLIANCE_REVIEW_TASK, OFFLINE_NOTE, reviewCompliance } from './reviewCompliance'

const parts = [
  { field: 'headline', label: '海报主标题', text: '冬季羊毛围巾' },
  { field: 'copy', label: '海报文案', text: '戴上它，\n感冒再也不找上门。闭眼入也不亏！' },
]

describe('AI 复核', () => {
  let fake: OpenAiFake
  before(async () => {
    fake = await startOpenAiFake({ apiKey: FAKE_KEY })
  })
  after(() => fake.close())
  beforeEach(() => fake.reset())

  test('without a model it says plainly that only the lexicon was checked', async () => {
    const review = await reviewCompliance({ config: { model: 'x' }, kind: '海报', parts })
    assert.deepEqual(review, { status: 'offline', points: [], model: null, note: OFFLINE_NOTE })
    assert.equal(OFFLINE_NOTE, '未配置 AI 模型，本次只做了词库检查。')
  })

  test('points are parsed, quotes located in the item’s text; a quote not found is kept without offsets', async () => {
    fake.reply({
      task: COMPLIANCE_REVIEW_TASK,
      reply: {
        content: JSON.stringify({
          points: [
            { kind: 'medical-claim', quote: '感冒再也不找上门', reason: '暗示预防疾病', suggestion: '改为“暖和过冬”' },
            { kind: 'guaranteed-return', quote: '戴上它，感冒', reason: '跨行引用', suggestion: '' },
            { kind: 'superlative', quote: '全网第一暖', reason: '原文没有这句', suggestion: '删去' },
            { kind: 'missing-product-info', quote: '', reason: '未写羊毛产地和含量', suggestion: '补充“内蒙古羊毛 80%”' },
            { kind: 'made-up-kind', quote: '闭眼入也不亏', reason: '变相承诺', suggestion: '' },
          ],
        }),
      },
    })
    const review = await reviewCompliance({ config: fakeConfig({ fake }), kind: '海报', parts })
    assert.equal(review.status, 'done')
    const [request] = fake.requests()
    const prompt = request.messages.map((m) => m.content).join('\n')
    assert.ok(
      prompt.includes('【海报主标题】冬季羊毛围巾') && prompt.includes('产地'),
      'every part, labelled, and the checklist reach the model',
    )
    assert.equal(review.points.length, 5, 'no point is dropped')
    const [cure, acrossLines, invented, missing, other] = review.points
    assert.deepEqual(cure.location, { field: 'copy', fieldLabel: '海报文案', start: 5, end: 13 })
    assert.equal(parts[1].text.slice(cure.location.start, cure.location.end), '感冒再也不找上门')
    assert.equal(parts[1].text.slice(acrossLines.location?.start, acrossLines.location?.end), '戴上它，\n感冒')
    assert.equal(invented.location, null)
    assert.equal(missing.location, null)
    assert.equal(missing.kindLabel, '缺少产地/材质')
    assert.equal(other.kind, 'other')
  })

  test('an empty list of points is shown as an opinion, never as a pass', async () => {
    fake.reply({ task: COMPLIANCE_REVIEW_TASK, reply: { content: '```json\n{"points": []}\n```' } })
    const review = await reviewCompliance({ config: fakeConfig({ fake }), kind: '海报', parts })
    assert.equal(review.status, 'done')
    assert.match(review.note, /不代表内容合规/)
  })

  test('a failing endpoint or an unreadable answer is said, and only the lexicon was checked', async () => {
    fake.fail({ kind: 'status', status: 500, times: 1 })
    const failed = await reviewCompliance({ config: fakeConfig({ fake, overrides: { maxRetries: 0 } }), kind: '海报', parts })
    assert.equal(failed.status, 'failed')
    assert.match(failed.note, /AI 复核没有完成.*本次只做了词库检查/)
    fake.reply({ task: COMPLIANCE_REVIEW_TASK, reply: { content: '我觉得没问题' } })
    const unreadable = await reviewCompliance({ config: fakeConfig({ fake }), kind: '海报', parts })
    assert.equal(unreadable.status, 'failed')
    assert.match(unreadable.note, /无法读取.*本次只做了词库检查/)
  })
})

test('a quote is looked for word for word first, then ignoring whitespace', () => {
  assert.deepEqual(locateQuote({ quote: '  ', parts }), null)
  assert.deepEqual(locateQuote({ quote: '羊毛', parts }), { field: 'headline', fieldLabel: '海报主标题', start: 2, end: 4 })
})
