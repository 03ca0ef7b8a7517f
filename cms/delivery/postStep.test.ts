import assert from 'node:assert/strict'
import { test } from 'node:test'
import { postStatus, unconfirmedPlan, withoutFailedPost } from './postStep'

test('whether an interrupted run may have posted, from the recorded remote ids', () => {
  const rows: [Parameters<typeof postStatus>[0], string][] = [
    [{ publisher: 'wechat', remoteIds: {} }, 'not-sent'],
    [{ publisher: 'wechat', remoteIds: { cover: 'm1', 'image:/a.jpg': 'u' } }, 'not-sent'],
    [{ publisher: 'wechat', remoteIds: { cover: 'm1', draft: 'd1' } }, 'maybe'],
    [{ publisher: 'wechat', remoteIds: { cover: 'm1', draft: 'd1', publish: 'p1' } }, 'sent'],
    // 群发: the clientmsgid is recorded before sendall, so a replay is refused by WeChat (45065), not sent twice.
    [{ publisher: 'wechat', remoteIds: { cover: 'm1', draft: 'd1', clientmsgid: 'cms1' } }, 'replay-safe'],
    [{ publisher: 'wechat', remoteIds: { draft: 'd1', clientmsgid: 'cms1', msgId: '1000000001' } }, 'sent'],
    [{ publisher: 'wechat', remoteIds: { cover: 'm1', clientmsgid: 'cms1' } }, 'not-sent'],
    // withdrawn before a freepublish/submit, which WeChat does not dedupe
    [{ publisher: 'wechat', remoteIds: { draft: 'd1', clientmsgid: '' } }, 'maybe'],
    // Weibo records the time just before its one call.
    [{ publisher: 'weibo', remoteIds: {} }, 'not-sent'],
    [{ publisher: 'weibo', remoteIds: { shareStarted: '2026-12-05T02:00:00.000Z' } }, 'maybe'],
    // … and withdraws it when Weibo answers with a refusal: the retry starts from nothing sent.
    [{ publisher: 'weibo', remoteIds: { shareStarted: '' } }, 'not-sent'],
    // Only a start is undone by emptying it: a Douyin video withdrawn as a dedupe was still used by a create.
    [{ publisher: 'douyin-video', remoteIds: { video: '' } }, 'maybe'],
    [{ publisher: 'weibo', remoteIds: { post: 'accepted-20032' } }, 'sent'],
    [{ publisher: 'toutiao-video', remoteIds: {} }, 'not-sent'],
    [{ publisher: 'toutiao-video', remoteIds: { video: 'v1' } }, 'maybe'],
    [{ publisher: 'toutiao-assisted', remoteIds: {} }, 'not-sent'],
  ]
  for (const [input, expected] of rows) assert.equal(postStatus(input), expected, JSON.stringify(input))
})

test('an unconfirmed delivery is re-run only when provably unsent, read back when its post id is known', () => {
  assert.equal(unconfirmedPlan({ publisher: 'wechat', remoteIds: { cover: 'm' }, canCheckStatus: true }), 'requeue')
  assert.equal(unconfirmedPlan({ publisher: 'wechat', remoteIds: { draft: 'd' }, canCheckStatus: true }), 'operator')
  assert.equal(unconfirmedPlan({ publisher: 'wechat', remoteIds: { draft: 'd', publish: 'p' }, canCheckStatus: true }), 'read-back')
  assert.equal(unconfirmedPlan({ publisher: 'weibo', remoteIds: {}, canCheckStatus: false }), 'requeue')
  assert.equal(
    unconfirmedPlan({ publisher: 'weibo', remoteIds: { shareStarted: '2026-12-05T02:00:00.000Z' }, canCheckStatus: false }),
    'operator',
  )
  assert.equal(unconfirmedPlan({ publisher: 'wechat', remoteIds: { draft: 'd', clientmsgid: 'c' }, canCheckStatus: true }), 'requeue')
  assert.equal(
    unconfirmedPlan({ publisher: 'wechat', remoteIds: { draft: 'd', clientmsgid: 'c', msgId: 'm' }, canCheckStatus: true }),
    'read-back',
  )
})

test('a new send after a definite failure forgets the post and its draft, keeps uploads and our own counters', () => {
  const kept = withoutFailedPost({
    platform: 'wechat',
    remoteIds: { cover: 'M1', 'image:a.png': 'U1', draft: 'D1', msgId: '100', clientmsgid: 'cmsX', pushGeneration: '0' },
  })
  assert.deepEqual(kept, { cover: 'M1', 'image:a.png': 'U1', clientmsgid: 'cmsX', pushGeneration: '0' })
})
