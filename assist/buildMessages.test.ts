import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildMessages, buildRepairMessages } from './buildMessages'
import { renderPrompt } from './renderPrompt'
import { assistTasks } from './tasks'
import { ASSIST_TASKS } from './types'
import type { AssistInput } from './types'

const styleGuide = { do: ['口语化，多用短句', '先讲用户能得到什么'], dont: ['堆砌感叹号'], bannedPhrases: ['闭眼入', '史上最强'] }
const full: AssistInput = {
  text: '# 会员日\n\n本周六上午十点，会员日市集开放。',
  title: '会员日市集',
  brief: '618 会员日，面向上海白领，主推满减和拼团。',
  instruction: '语气轻松，面向 25–35 岁上班族',
  platform: 'toutiao',
  count: 3,
  maxLength: 800,
  styleGuide,
}

describe('prompts', () => {
  for (const task of ASSIST_TASKS) {
    test(`${task}: every placeholder is filled and the brand voice is in the system prompt`, () => {
      const [system, user] = buildMessages({ definition: assistTasks[task], input: full })
      assert.equal(system.role, 'system')
      assert.equal(user.role, 'user')
      for (const message of [system, user]) assert.doesNotMatch(message.content, /\{\{|\}\}/)
      for (const phrase of [...styleGuide.do, ...styleGuide.dont, ...styleGuide.bannedPhrases])
        assert.ok(system.content.includes(phrase), phrase)
      assert.match(system.content, /广告法/)
      assert.ok(user.content.includes('本周六上午十点') || user.content.includes('618 会员日'), 'the material is in the user prompt')
    })
  }

  test('without a style guide the compliance rules stay and the empty voice sections drop out', () => {
    const [system] = buildMessages({ definition: assistTasks.digest, input: { text: '正文。' } })
    assert.match(system.content, /不用“最”“第一”/)
    assert.doesNotMatch(system.content, /品牌语气|禁用说法/)
  })

  test('titles asks for the count and the platform’s title limit (stricter maxLength wins)', () => {
    const [system, user] = buildMessages({ definition: assistTasks.titles, input: { text: '正文。', platform: 'toutiao', maxLength: 20 } })
    assert.match(system.content, /不超过 20 字/)
    assert.match(user.content, /5 个头条号标题/)
    const [wechat] = buildMessages({ definition: assistTasks.titles, input: { text: '正文。' } })
    assert.match(wechat.content, /不超过 32 字/)
  })

  test('the repair turn carries the broken answer and what was wrong', () => {
    const messages = buildMessages({ definition: assistTasks.titles, input: { text: '正文。' } })
    const repaired = buildRepairMessages({ messages, answer: '标题一、标题二', problem: '输出不是合法的 JSON。', format: 'json' })
    assert.deepEqual(repaired.slice(0, 2), messages)
    assert.deepEqual(repaired[2], { role: 'assistant', content: '标题一、标题二' })
    assert.match(repaired[3].content, /输出不是合法的 JSON。[\s\S]*只输出一个合法的 JSON 对象/)
  })

  test('renderPrompt drops parts with an empty value and refuses unknown placeholders', () => {
    assert.equal(renderPrompt({ parts: ['甲：{{a}}', '乙：{{b}}', '丙'], values: { a: ['一', '二'], b: undefined } }), '甲：一；二\n\n丙')
    assert.throws(() => renderPrompt({ parts: ['{{missing}}'], values: {} }), /missing/)
  })
})
