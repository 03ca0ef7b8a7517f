import assert from 'node:assert/strict'
import { test } from 'node:test'
import { takeTurnsToTransact } from './transactionSlots'

/** A stand-in for Payload's adapter (not ours): counts the transactions open at once. */
function adapter(args: { failBegin?: (n: number) => boolean } = {}) {
  let next = 0
  const state = { open: 0, most: 0 }
  const db = {
    beginTransaction: async () => {
      next += 1
      if (args.failBegin?.(next)) throw new Error('cannot begin transaction')
      state.open += 1
      state.most = Math.max(state.most, state.open)
      return `tx${next}`
    },
    commitTransaction: async (_id: number | string | Promise<number | string>) => {
      state.open -= 1
    },
    rollbackTransaction: async (_id: number | string | Promise<number | string>) => {
      state.open -= 1
    },
  }
  return { db, state }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('at most `slots` transactions are open at once; the others begin as slots free up, in order', async () => {
  const { db, state } = adapter()
  takeTurnsToTransact(db, { slots: 2, waitMs: 10_000 })
  const begun: number[] = []
  await Promise.all(
    Array.from({ length: 6 }, async (_, n) => {
      const id = await db.beginTransaction()
      begun.push(n)
      await pause(5)
      if (n % 2 === 0) await db.commitTransaction(id!)
      else await db.rollbackTransaction(id!)
    }),
  )
  assert.equal(state.most, 2)
  assert.equal(state.open, 0)
  assert.deepEqual(begun, [0, 1, 2, 3, 4, 5])
})

test('a begin that fails gives its slot back', async () => {
  const { db, state } = adapter({ failBegin: (n) => n === 1 })
  takeTurnsToTransact(db, { slots: 1, waitMs: 10_000 })
  await assert.rejects(db.beginTransaction(), /cannot begin/)
  const id = await db.beginTransaction()
  assert.equal(state.open, 1)
  await db.commitTransaction(id!)
})

test('a transaction that waits past waitMs (one begun and awaited inside another) goes ahead instead of waiting forever', async () => {
  const { db, state } = adapter()
  takeTurnsToTransact(db, { slots: 1, waitMs: 50 })
  const outer = await db.beginTransaction()
  const started = Date.now()
  const inner = await db.beginTransaction()
  assert.ok(Date.now() - started >= 45, 'it waited first')
  assert.equal(state.open, 2)
  await db.commitTransaction(inner!)
  await db.commitTransaction(outer!)
  // The slot is free again, and the transaction that went without one did not free a second.
  const again = await db.beginTransaction()
  const queued = db.beginTransaction()
  await pause(10)
  assert.equal(state.open, 1, 'the next one waits for the slot')
  await db.commitTransaction(again!)
  await db.commitTransaction((await queued)!)
  assert.equal(state.open, 0)
})

test('a waiting transaction begins only after the event loop has had a turn (other requests are read meanwhile)', async () => {
  const { db } = adapter()
  takeTurnsToTransact(db, { slots: 1, waitMs: 10_000 })
  const order: string[] = []
  const first = await db.beginTransaction()
  const second = db.beginTransaction().then((id) => {
    order.push('second begins')
    return id
  })
  // What another request would do once the event loop gets a turn (a socket read, a timer).
  setImmediate(() => order.push('other work'))
  await db.commitTransaction(first!)
  await db.commitTransaction((await second)!)
  assert.deepEqual(order, ['other work', 'second begins'])
})
