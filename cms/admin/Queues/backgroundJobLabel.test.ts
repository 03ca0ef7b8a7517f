import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { BackgroundJobView } from '../../../scheduler/queues'
import { backgroundJobLabel } from './backgroundJobLabel'

const job = (over: Partial<BackgroundJobView>): BackgroundJobView => ({
  id: 'j1',
  state: 'failed',
  at: '2026-12-05T02:00:00.000Z',
  attemptsMade: 3,
  failedReason: 'timeout',
  subject: null,
  day: null,
  ...over,
})

test('a statistics run names the account and the day it reads, and links to the account', () => {
  const names = new Map([['platform-accounts:7', '品牌服务号']])
  assert.deepEqual(backgroundJobLabel(job({ subject: { collection: 'platform-accounts', id: 7 }, day: '2026-12-04' }), names), {
    title: '品牌服务号 · 2026-12-04 的数据',
    href: '/admin/collections/platform-accounts/7',
  })
})

test('an image whose name is not known yet (or is gone) still says which one', () => {
  assert.deepEqual(backgroundJobLabel(job({ subject: { collection: 'media', id: 'abc' } }), new Map()), {
    title: '图片 #abc',
    href: '/admin/collections/media/abc',
  })
  assert.equal(
    backgroundJobLabel(job({ subject: { collection: 'media', id: 3 } }), new Map([['media:3', '双12海报.png']])).title,
    '图片 双12海报.png',
  )
})

test('a daily run or a sweep works on everything: it is named by its job', () => {
  assert.deepEqual(backgroundJobLabel(job({ id: 'repeat:collect-stats-daily:1764900000000' }), new Map()), {
    title: '任务 repeat:collect-stats-daily:1764900000000',
    href: null,
  })
})
