import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMessages } from '../buildMessages'
import { titlesTask } from './titles'

test('the team’s past title tests reach the titles prompt as 过往标题测试; without them the section is left out', () => {
  const [, user] = buildMessages({
    definition: titlesTask,
    input: {
      title: '会员日',
      pastTitleTests: [
        { metric: '阅读人数', winner: { title: '满 199 减 30 怎么用', value: 200 }, losers: [{ title: '会员日来了', value: 130.25 }] },
      ],
    },
  })
  assert.match(user.content, /【过往标题测试】/)
  assert.ok(user.content.includes('1. 胜出「满 199 减 30 怎么用」（每条平均阅读人数 200）；落败「会员日来了」（130.3）'), user.content)
  const [, plain] = buildMessages({ definition: titlesTask, input: { title: '会员日' } })
  assert.doesNotMatch(plain.content, /过往标题测试/)
})
