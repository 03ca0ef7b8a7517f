import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { availableEvents, type ReviewEvent, refusalFor } from './review'
import type { ReviewState } from './reviewStates'
import { findingsRefusal } from './findingsGate'

const OWNER = 7
const actors = {
  owner: { id: OWNER, role: 'copywriter' as const },
  otherWriter: { id: 8, role: 'copywriter' as const },
  editor: { id: 9, role: 'editor' as const },
  editorOwner: { id: OWNER, role: 'editor' as const },
  admin: { id: 1, role: 'admin' as const },
  adminOwner: { id: OWNER, role: 'admin' as const },
}

type Row = [ReviewEvent, ReviewState, keyof typeof actors, 'ok' | 400 | 403]
const rows: Row[] = [
  ['submit', 'draft', 'owner', 'ok'],
  ['submit', 'changes_requested', 'owner', 'ok'],
  ['submit', 'draft', 'otherWriter', 403],
  ['submit', 'draft', 'editor', 403],
  ['submit', 'draft', 'admin', 'ok'],
  ['submit', 'in_review', 'owner', 400],
  ['submit', 'approved', 'owner', 400],
  ['approve', 'in_review', 'editor', 'ok'],
  ['approve', 'in_review', 'admin', 'ok'],
  ['approve', 'in_review', 'owner', 403],
  ['approve', 'in_review', 'editorOwner', 403],
  ['approve', 'in_review', 'adminOwner', 'ok'],
  ['approve', 'draft', 'editor', 400],
  ['request_changes', 'in_review', 'editor', 'ok'],
  ['request_changes', 'approved', 'editor', 'ok'],
  ['request_changes', 'in_review', 'owner', 403],
  ['request_changes', 'draft', 'editor', 400],
  ['schedule', 'approved', 'editor', 'ok'],
  ['schedule', 'approved', 'owner', 403],
  ['schedule', 'in_review', 'editor', 400],
  ['unschedule', 'scheduled', 'editor', 'ok'],
  ['unschedule', 'approved', 'editor', 400],
  ['archive', 'published', 'editor', 'ok'],
  ['archive', 'draft', 'owner', 403],
  ['archive', 'scheduled', 'editor', 400],
  ['reopen', 'archived', 'editor', 'ok'],
  ['reopen', 'archived', 'owner', 403],
  ['reopen', 'draft', 'admin', 400],
]

describe('review transitions', () => {
  for (const [event, state, who, expected] of rows) {
    test(`${who} ${event} from ${state} → ${expected}`, () => {
      const refusal = refusalFor({ event, state, actor: actors[who], ownerId: OWNER })
      if (expected === 'ok') assert.equal(refusal, null)
      else {
        assert.equal(refusal?.status, expected)
        assert.ok(refusal && refusal.message.length > 5)
      }
    })
  }
  test('self-approval names the rule', () => {
    assert.match(refusalFor({ event: 'approve', state: 'in_review', actor: actors.editorOwner, ownerId: OWNER })?.message ?? '', /自己/)
  })
  test('the review bar offers exactly the allowed events', () => {
    assert.deepEqual(availableEvents({ state: 'in_review', actor: actors.editor, ownerId: OWNER }), ['approve', 'request_changes', 'archive'])
    assert.deepEqual(availableEvents({ state: 'draft', actor: actors.owner, ownerId: OWNER }), ['submit'])
    assert.deepEqual(availableEvents({ state: 'in_review', actor: actors.owner, ownerId: OWNER }), [])
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
