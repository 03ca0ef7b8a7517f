import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { TOPIC_STATE_LABELS, type TopicState } from './planningLabels'
import { type TopicActor, topicMove, topicMovesFrom } from './topicStates'

const STATES = Object.keys(TOPIC_STATE_LABELS) as TopicState[]
const ACTORS: TopicActor[] = ['editorial', 'member', 'start', 'system']

/** Written by hand from issue #16 and contracts.md, not read from the table under test. */
const ALLOWED: Record<string, { who: TopicActor[]; stamp: 'approve' | 'clear' | 'keep' }> = {
  'idea>approved': { who: ['editorial'], stamp: 'approve' },
  'approved>idea': { who: ['editorial'], stamp: 'clear' },
  'approved>in_production': { who: ['editorial', 'start'], stamp: 'keep' },
  'in_production>approved': { who: ['editorial'], stamp: 'keep' },
  'in_production>done': { who: ['editorial'], stamp: 'keep' },
  'done>in_production': { who: ['editorial'], stamp: 'keep' },
}

describe('every move × actor', () => {
  for (const from of STATES) {
    for (const to of STATES) {
      for (const actor of ACTORS) {
        const rule = ALLOWED[`${from}>${to}`]
        const allowed = from === to || actor === 'system' || (rule?.who.includes(actor) ?? false)
        test(`${actor}: ${from} → ${to} ${allowed ? 'allowed' : 'refused'}`, () => {
          const result = topicMove({ from, to, actor })
          assert.equal(result.ok, allowed)
          if (result.ok) assert.equal(result.stamp, from === to ? 'keep' : (rule?.stamp ?? 'keep'))
          else {
            // The refusal names both states, in the team's words.
            assert.ok(result.message.includes(TOPIC_STATE_LABELS[from].zh), result.message)
            assert.ok(result.message.includes(TOPIC_STATE_LABELS[to].zh), result.message)
          }
        })
      }
    }
  }
})

describe('the refusals say what to do', () => {
  test('a move the table lacks lists where the topic can go', () => {
    const result = topicMove({ from: 'idea', to: 'in_production', actor: 'editorial' })
    assert.equal(result.ok, false)
    assert.match(result.ok ? '' : result.message, /待定.*制作中.*只能改为「已通过」/)
  })
  test('a teammate approving hears that editors approve; a teammate starting hears about 开始写作', () => {
    const approve = topicMove({ from: 'idea', to: 'approved', actor: 'member' })
    assert.match(approve.ok ? '' : approve.message, /只有编辑或管理员/)
    const start = topicMove({ from: 'approved', to: 'in_production', actor: 'member' })
    assert.match(start.ok ? '' : start.message, /开始写作/)
  })
  test('start writing moves nothing but approved → in production', () => {
    assert.deepEqual(
      STATES.flatMap((from) => topicMovesFrom({ from, actor: 'start' }).map((to) => `${from}>${to}`)),
      ['approved>in_production'],
    )
    assert.deepEqual(topicMovesFrom({ from: 'approved', actor: 'editorial' }), ['idea', 'in_production'])
    assert.deepEqual(topicMovesFrom({ from: 'idea', actor: 'member' }), [])
  })
})
