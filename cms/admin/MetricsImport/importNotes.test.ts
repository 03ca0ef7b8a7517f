import assert from 'node:assert/strict'
import { test } from 'node:test'
import { manualNotes } from './importNotes'

test('the profile says what needs a person: Toutiao articles and posters, and its followers; WeChat nothing', () => {
  assert.deepEqual(manualNotes('toutiao'), [
    '头条号的图文、海报平台无数据接口，请手动录入：用下面的表格导入，或在发布记录里逐天填写。',
    '头条号的粉丝数没有接口，请定期导入粉丝数据。',
  ])
  assert.deepEqual(manualNotes('wechat'), [])
  assert.deepEqual(manualNotes('nope'), [])
})
