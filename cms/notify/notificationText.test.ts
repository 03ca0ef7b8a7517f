import assert from 'node:assert/strict'
import { test } from 'node:test'
import { itemLink, notificationDocRef, notificationEmail, notificationMarkdown } from './notificationText'

test('the link opens the item in the admin under PUBLIC_URL', () => {
  assert.equal(
    itemLink({ serverUrl: 'https://cms.example.com/', doc: { relationTo: 'articles', value: 12 } }),
    'https://cms.example.com/admin/collections/articles/12',
  )
  assert.equal(itemLink({ serverUrl: 'https://cms.example.com', doc: null }), 'https://cms.example.com/admin')
})

test('a notification about a 节点 links the festival, populated or not', () => {
  const doc = notificationDocRef({ relationTo: 'festivals', value: { id: 7, name: '双11' } })
  assert.deepEqual(doc, { relationTo: 'festivals', value: 7 })
  assert.equal(itemLink({ serverUrl: 'https://cms.example.com', doc }), 'https://cms.example.com/admin/collections/festivals/7')
  assert.equal(notificationDocRef(null), null)
  assert.equal(notificationDocRef({ relationTo: 'festivals', value: null }), null)
})

test('the e-mail takes its subject from the first line and carries the link', () => {
  const mail = notificationEmail({ recipientName: '小王', message: '《双十二》需要修改：标题太长\n第二行', link: 'http://x/admin' })
  assert.equal(mail.subject, '【内容中台】《双十二》需要修改：标题太长')
  assert.match(mail.text, /^小王，你好：/)
  assert.match(mail.text, /打开查看：http:\/\/x\/admin/)
})

test('a long first line is cut in the subject', () => {
  const mail = notificationEmail({ recipientName: '', message: '长'.repeat(100), link: 'http://x' })
  assert.equal(mail.subject.length, '【内容中台】'.length + 60)
})

test('the robot message quotes every line and links the item', () => {
  const text = notificationMarkdown({ recipientNames: ['小王'], message: '第一行\n第二行', link: 'http://x/admin/collections/articles/1' })
  assert.equal(text, '**内容中台 · 给 小王 的通知**\n> 第一行\n> 第二行\n[打开查看](http://x/admin/collections/articles/1)')
  const both = notificationMarkdown({ recipientNames: ['小王', '', '老陈'], message: '发布失败', link: 'http://x/admin' })
  assert.equal(both, '**内容中台 · 给 小王、老陈 的通知**\n> 发布失败\n[打开查看](http://x/admin)')
})
