import assert from 'node:assert/strict'
import { test } from 'node:test'
import { APIError } from 'payload'
import { readCsvBody } from './readCsvBody'
import { readJsonBody } from './readJsonBody'

const post = (body: string | undefined, type?: string) =>
  new Request('http://cms.test/api/x', { method: 'POST', body, headers: type === undefined ? {} : { 'content-type': type } })
const refusedWith = (status: number, pattern: RegExp) => (error: unknown) =>
  error instanceof APIError && error.status === status && pattern.test(error.message)

test('JSON bodies are read, with or without a charset; no body at all is null', async () => {
  assert.deepEqual(await readJsonBody(post('{"event":"approve"}', 'application/json')), { event: 'approve' })
  assert.deepEqual(await readJsonBody(post('{"a":1}', 'Application/JSON; charset=utf-8')), { a: 1 })
  assert.equal(await readJsonBody(post(undefined)), null)
  assert.equal(await readJsonBody(post('', 'application/json')), null)
})

test('the bodies a cross-site form can send are refused with 415, naming what was sent', async () => {
  await assert.rejects(readJsonBody(post('{"event":"approve"}', 'text/plain')), refusedWith(415, /只接受 JSON.*收到的是 text\/plain/))
  await assert.rejects(
    readJsonBody(post('event=approve', 'application/x-www-form-urlencoded')),
    refusedWith(415, /application\/x-www-form-urlencoded/),
  )
  await assert.rejects(readJsonBody(post('--x--', 'multipart/form-data; boundary=x')), refusedWith(415, /multipart\/form-data/))
  const untyped = new Request('http://cms.test/api/x', { method: 'POST', body: new Uint8Array(Buffer.from('{"event":"approve"}')) })
  await assert.rejects(readJsonBody(untyped), refusedWith(415, /没有注明类型/))
})

test('broken JSON is a 400 that says so', async () => {
  await assert.rejects(readJsonBody(post('{"event":', 'application/json')), refusedWith(400, /不是有效的 JSON/))
})

test('CSV imports take text/csv only', async () => {
  assert.equal(await readCsvBody(post('word,severity\n稳赚,block\n', 'text/csv; charset=utf-8')), 'word,severity\n稳赚,block\n')
  await assert.rejects(readCsvBody(post('word,severity\n稳赚,warn\n', 'text/plain')), refusedWith(415, /只接受 CSV.*text\/plain/))
})
