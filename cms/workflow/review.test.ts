import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  availableEvents,
  editEventFor,
  REVIEW_EVENTS,
  REVIEW_RULES,
  type ReviewEvent,
  refusalFor,
  SYSTEM_EVENTS,
  systemMove,
} from './review'
import { REVIEW_STATES, type ReviewState } from './reviewStates'
import { findingsRefusal } from './findingsGate'

const OWNER = 7
const actors = {
  owner: { id: OWNER, role: 'copywriter' as const },
  otherWriter: { id: 8, role: 'copywriter' as const },
  designer: { id: 10, role: 'designer' as const },
  editor: { id: 9, role: 'editor' as const },
  editorOwner: { id: OWNER, role: 'editor' as const },
  admin: { id: 1, role: 'admin' as const },
  adminOwner: { id: OWNER, role: 'admin' as const },
  // 编导 author their videos and 内容运营 their notes: they submit their own work and approve nothing.
  producerOwner: { id: OWNER, role: 'video_producer' as const },
  producer: { id: 11, role: 'video_producer' as const },
  operatorOwner: { id: OWNER, role: 'operator' as const },
  operator: { id: 12, role: 'operator' as const },
}
type ActorName = keyof typeof actors

/** Written by hand from design.md §5 and issue #10, not read from the table under test. */
const FROM: Record<ReviewEvent, ReviewState[]> = {
  submit: ['draft', 'changes_requested'],
  approve: ['in_review'],
  request_changes: ['in_review', 'approved'],
  unschedule: ['scheduled'],
  archive: ['draft', 'changes_requested', 'in_review', 'approved', 'published'],
  reopen: ['archived', 'published'],
  schedule: ['approved'],
  published: ['approved', 'scheduled'],
  edited_after_approval: ['approved', 'scheduled'],
  edited_after_publishing: ['published'],
}
const TO: Record<ReviewEvent, ReviewState> = {
  submit: 'in_review',
  approve: 'approved',
  request_changes: 'changes_requested',
  unschedule: 'approved',
  archive: 'archived',
  reopen: 'draft',
  schedule: 'scheduled',
  published: 'published',
  edited_after_approval: 'in_review',
  edited_after_publishing: 'in_review',
}
const BY: Record<ReviewEvent, 'owner' | 'editorial' | 'system'> = {
  submit: 'owner',
  approve: 'editorial',
  request_changes: 'editorial',
  unschedule: 'editorial',
  archive: 'editorial',
  reopen: 'editorial',
  schedule: 'system',
  published: 'system',
  edited_after_approval: 'system',
  edited_after_publishing: 'system',
}

function expected(event: ReviewEvent, state: ReviewState, who: ActorName): 'ok' | 400 | 403 {
  const actor = actors[who]
  const isOwner = actor.id === OWNER
  if (BY[event] === 'system') return 403
  const permitted = actor.role === 'admin' || (BY[event] === 'owner' ? isOwner : actor.role === 'editor')
  if (!permitted) return 403
  if (event === 'approve' && isOwner && actor.role !== 'admin') return 403
  return FROM[event].includes(state) ? 'ok' : 400
}

describe('every event × state × actor', () => {
  assert.deepEqual([...REVIEW_EVENTS].sort(), Object.keys(FROM).sort(), 'the expectations name every event of the table')
  for (const event of REVIEW_EVENTS) {
    for (const state of REVIEW_STATES) {
      for (const who of Object.keys(actors) as ActorName[]) {
        const want = expected(event, state, who)
        test(`${who} ${event} from ${state} → ${want}`, () => {
          const refusal = refusalFor({ event, state, actor: actors[who], ownerId: OWNER })
          if (want === 'ok') return assert.equal(refusal, null)
          assert.equal(refusal?.status, want)
          assert.ok(refusal && refusal.message.length > 5)
        })
      }
    }
  }
  test('the table moves each event to the state the issue names', () => {
    for (const event of REVIEW_EVENTS) assert.equal(REVIEW_RULES[event].to, TO[event], event)
  })
})

describe('system events', () => {
  test('no one fires them by hand, admins included, and the refusal says when the system does', () => {
    for (const event of SYSTEM_EVENTS) {
      for (const state of REVIEW_STATES) {
        const refusal = refusalFor({ event, state, actor: actors.adminOwner, ownerId: OWNER })
        assert.equal(refusal?.status, 403)
        assert.match(refusal?.message ?? '', /不能手动执行：.*系统/)
      }
    }
    assert.match(refusalFor({ event: 'schedule', state: 'approved', actor: actors.editor, ownerId: OWNER })?.message ?? '', /日历/)
  })
  test('systemMove: the target from the states the issue names, null elsewhere', () => {
    for (const event of SYSTEM_EVENTS) {
      for (const state of REVIEW_STATES) {
        assert.equal(systemMove({ event, state }), FROM[event].includes(state) ? TO[event] : null, `${event} from ${state}`)
      }
    }
  })
  test('an edit of reviewed content returns approved, scheduled and published content to review, and nothing else', () => {
    const edits: Record<ReviewState, string | null> = {
      draft: null,
      in_review: null,
      changes_requested: null,
      approved: 'edited_after_approval',
      scheduled: 'edited_after_approval',
      published: 'edited_after_publishing',
      archived: null,
    }
    for (const state of REVIEW_STATES) assert.equal(editEventFor(state), edits[state], state)
  })
  test('publishing shows the revision on the public page; archiving takes the page down; nothing else touches it', () => {
    const touching = REVIEW_EVENTS.filter((event) => REVIEW_RULES[event].publicPage)
    assert.deepEqual(touching.sort(), ['archive', 'published'])
    assert.equal(REVIEW_RULES.published.publicPage, 'shows_revision')
    assert.equal(REVIEW_RULES.archive.publicPage, 'withdrawn')
  })
})

describe('the review bar', () => {
  test('self-approval names the rule', () => {
    assert.match(refusalFor({ event: 'approve', state: 'in_review', actor: actors.editorOwner, ownerId: OWNER })?.message ?? '', /自己/)
  })
  test('offers exactly the allowed events, and never 排期 (the calendar schedules)', () => {
    assert.deepEqual(availableEvents({ state: 'in_review', actor: actors.editor, ownerId: OWNER }), [
      'approve',
      'request_changes',
      'archive',
    ])
    assert.deepEqual(availableEvents({ state: 'draft', actor: actors.owner, ownerId: OWNER }), ['submit'])
    assert.deepEqual(availableEvents({ state: 'in_review', actor: actors.owner, ownerId: OWNER }), [])
    assert.deepEqual(availableEvents({ state: 'approved', actor: actors.admin, ownerId: OWNER }), ['request_changes', 'archive'])
    assert.deepEqual(availableEvents({ state: 'scheduled', actor: actors.editor, ownerId: OWNER }), ['unschedule'])
    assert.deepEqual(availableEvents({ state: 'published', actor: actors.editor, ownerId: OWNER }), ['archive', 'reopen'])
  })
})

describe('编导 and 内容运营', () => {
  test('submit their own work, and never approve, send back, archive or reopen anything, their own included', () => {
    for (const who of ['producerOwner', 'operatorOwner'] as const) {
      assert.deepEqual(availableEvents({ state: 'draft', actor: actors[who], ownerId: OWNER }), ['submit'], who)
      assert.deepEqual(availableEvents({ state: 'changes_requested', actor: actors[who], ownerId: OWNER }), ['submit'], who)
      for (const state of REVIEW_STATES.filter((s) => s !== 'draft' && s !== 'changes_requested'))
        assert.deepEqual(availableEvents({ state, actor: actors[who], ownerId: OWNER }), [], `${who} in ${state}`)
    }
    for (const who of ['producer', 'operator'] as const)
      for (const state of REVIEW_STATES)
        assert.deepEqual(availableEvents({ state, actor: actors[who], ownerId: OWNER }), [], `${who} in ${state}`)
    const refusal = refusalFor({ event: 'approve', state: 'in_review', actor: actors.operatorOwner, ownerId: OWNER })
    assert.equal(refusal?.status, 403)
    assert.match(refusal?.message ?? '', /编辑或管理员/)
  })
})

describe('findings gate', () => {
  const block = { word: '稳赚', severity: 'block' as const, replacement: null }
  const review = { word: '顶级', severity: 'review' as const, replacement: '高品质' }
  const warn = { word: '秒杀', severity: 'warn' as const }
  test('blocking words stop submit and approve, naming the words', () => {
    assert.match(findingsRefusal({ gate: 'submit', findings: [block, warn] }) ?? '', /不能提交.*稳赚/)
    assert.match(findingsRefusal({ gate: 'approve', findings: [block], acknowledge: '已确认' }) ?? '', /不能审核通过/)
  })
  test('review words need a written acknowledgement to approve, not to submit', () => {
    assert.equal(findingsRefusal({ gate: 'submit', findings: [review] }), null)
    assert.match(findingsRefusal({ gate: 'approve', findings: [review] }) ?? '', /顶级.*高品质.*风险确认说明/)
    assert.match(findingsRefusal({ gate: 'approve', findings: [review], acknowledge: '  ' }) ?? '', /风险确认/)
    assert.equal(findingsRefusal({ gate: 'approve', findings: [review], acknowledge: '已与法务确认，产品确为高端线' }), null)
  })
  test('warnings never block', () => {
    assert.equal(findingsRefusal({ gate: 'approve', findings: [warn] }), null)
  })
})
