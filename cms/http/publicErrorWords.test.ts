import assert from 'node:assert/strict'
import { test } from 'node:test'
import { APIError, type AfterErrorHookArgs } from 'payload'
import { publicErrorKeepsItsWords } from './publicErrorWords'

const args = (error: unknown, message: string) => ({ error, result: { errors: [{ message }] } }) as unknown as AfterErrorHookArgs

test('a public error whose class lost its name (the production build) keeps its own words', async () => {
  const refusal = new APIError('这不是小红书的链接：请粘贴发布后的作品链接。', 400, null, true)
  // What the minifier leaves: `class extends ExtendableError`, so `this.constructor.name` is ''.
  refusal.name = ''
  const reply = await publicErrorKeepsItsWords(args(refusal, 'An unknown error occurred.'))
  assert.deepEqual(reply?.response?.errors, [{ message: '这不是小红书的链接：请粘贴发布后的作品链接。' }])
})

test('other answers are left alone: a named error, a private one already hidden, a message-less throw', async () => {
  const named = new APIError('文件太大', 413, null, true)
  assert.equal(await publicErrorKeepsItsWords(args(named, '文件太大')), undefined)
  assert.equal(await publicErrorKeepsItsWords(args(new Error('secret detail'), 'Something went wrong.')), undefined)
  assert.equal(await publicErrorKeepsItsWords(args(null, 'An unknown error occurred.')), undefined)
})
