import assert from 'node:assert/strict'
import { test } from 'node:test'
import { refusalText } from './entryApi'

test('a validation error names each field and what was wrong with it', () => {
  const body = {
    errors: [
      {
        name: 'ValidationError',
        message: '以下字段是无效的：内容, 发布账号',
        data: {
          collection: 'calendar-entries',
          errors: [
            { label: '内容', message: '此关系字段具有以下无效关系：10 0', path: 'content' },
            { label: '发布账号', message: '此字段有一个无效的选择', path: 'account' },
          ],
        },
      },
    ],
  }
  assert.equal(
    refusalText(body, 400),
    '以下字段是无效的：内容, 发布账号（内容：此关系字段具有以下无效关系：10 0；发布账号：此字段有一个无效的选择）',
  )
})

test("a hook's refusal is said as the server wrote it", () => {
  const message = '「社区生活馆 公众号」12月6日 已有一次群发（《双12》），这个账号每天只能群发 1 次。'
  assert.equal(refusalText({ errors: [{ message }] }, 400), message)
})

test('an answer without a message still says the save failed and what to do', () => {
  assert.match(refusalText('<html>', 502), /保存失败（服务器返回 502）/)
})
