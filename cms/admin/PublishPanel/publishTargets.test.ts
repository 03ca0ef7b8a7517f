import assert from 'node:assert/strict'
import { test } from 'node:test'
import { publishNowAccounts, publishNowQuestion, targetIdsOf, unscheduledTargets } from './publishTargets'

const accounts = [
  { id: 1, name: '社区生活馆公众号', platform: 'wechat' },
  { id: 2, name: '社区生活馆微博', platform: 'weibo' },
  { id: 3, name: '头条号', platform: 'toutiao' },
]

test('立即发布 lists only the item’s target accounts, not every account', () => {
  assert.deepEqual(
    publishNowAccounts({ accounts, targets: targetIdsOf([2, '1']) }).map((a) => a.name),
    ['社区生活馆微博', '社区生活馆公众号'],
  )
  assert.deepEqual(publishNowAccounts({ accounts, targets: targetIdsOf(null) }), [])
  assert.deepEqual(targetIdsOf([{ id: 3, name: '头条号' }]), ['3'])
})

test('the confirmation names the account and its platform', () => {
  const question = publishNowQuestion(accounts[0])
  assert.match(question, /社区生活馆公众号/)
  assert.match(question, /公众号/)
  assert.doesNotMatch(question, /wechat/)
})

test('排期 is offered only for target accounts without a slot yet', () => {
  assert.deepEqual(unscheduledTargets({ targets: ['1', '2'], scheduled: [1] }), ['2'])
  assert.deepEqual(unscheduledTargets({ targets: ['1'], scheduled: ['1'] }), [])
})
