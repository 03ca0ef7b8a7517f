import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readsBegunAfterCall } from './readsBegunAfterCall'

/** A read that finishes when the test says, recording when it began. */
function heldReads() {
  const started: { finish: () => void; fail: (error: Error) => void }[] = []
  const read = () =>
    new Promise<void>((resolve, reject) => {
      started.push({ finish: resolve, fail: reject })
    })
  return { read, started }
}

const settled = async (promise: Promise<unknown>) => {
  let state = 'pending'
  promise.then(
    () => (state = 'done'),
    () => (state = 'failed'),
  )
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve()
  return state
}

test('a call made while a read is under way waits for the next read, which later calls share', async () => {
  const { read, started } = heldReads()
  const fresh = readsBegunAfterCall(read)
  const first = fresh()
  assert.equal(started.length, 1)
  const second = fresh()
  const third = fresh()
  started[0].finish()
  assert.equal(await settled(first), 'done')
  assert.equal(await settled(second), 'pending', 'the read under way began before the second call')
  assert.equal(started.length, 2, 'one new read for both waiting calls')
  const fourth = fresh()
  assert.equal(await settled(fourth), 'pending')
  started[1].finish()
  assert.equal(await settled(second), 'done')
  assert.equal(await settled(third), 'done')
  assert.equal(await settled(fourth), 'pending', 'the second read began before the fourth call')
  assert.equal(started.length, 3)
  started[2].finish()
  assert.equal(await settled(fourth), 'done')
})

test('a failed read fails its own call; a call waiting behind it gets a read of its own', async () => {
  const { read, started } = heldReads()
  const fresh = readsBegunAfterCall(read)
  const first = fresh()
  const second = fresh()
  started[0].fail(new Error('connection reset'))
  await assert.rejects(first, /connection reset/)
  assert.equal(await settled(second), 'pending')
  assert.equal(started.length, 2)
  started[1].finish()
  assert.equal(await settled(second), 'done')
})

test('with no read under way, each call reads', async () => {
  const { read, started } = heldReads()
  const fresh = readsBegunAfterCall(read)
  const first = fresh()
  started[0].finish()
  await first
  const second = fresh()
  assert.equal(started.length, 2)
  started[1].finish()
  await second
})
