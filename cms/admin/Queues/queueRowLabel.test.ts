import assert from 'node:assert/strict'
import { test } from 'node:test'
import { queueRowLabel } from './queueRowLabel'

test('a queue row names the item, the account and links to the item', () => {
  const row = queueRowLabel({
    jobId: 'delivery-3',
    deliveryId: 3,
    delivery: {
      id: 3,
      content: { relationTo: 'articles', value: { id: 10, title: '双十二早安' } },
      account: { id: 1, name: '社区生活馆公众号' },
    },
  })
  assert.deepEqual(row, { title: '双十二早安', account: '社区生活馆公众号', href: '/admin/collections/articles/10' })
  assert.doesNotMatch(JSON.stringify(row), /发布记录 3/)
})

test('what is gone is said in words; the delivery is the link when the item is hidden', () => {
  assert.deepEqual(
    queueRowLabel({
      jobId: 'delivery-4',
      deliveryId: 4,
      delivery: { id: 4, content: { relationTo: 'articles', value: 10 }, account: null },
    }),
    {
      title: '（无标题）',
      account: '（账号已删除）',
      href: '/admin/collections/deliveries/4',
    },
  )
  assert.equal(queueRowLabel({ jobId: 'delivery-5', deliveryId: 5, delivery: undefined }).title, '（这条发布记录已删除）')
  assert.equal(queueRowLabel({ jobId: 'x', deliveryId: null, delivery: undefined }).href, null)
})
