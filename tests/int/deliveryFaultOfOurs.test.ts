/**
 * A run that failed for a reason of ours, not the platform's (here drizzle's failed statement), as the
 * operator finds it on the delivery: what failed and why, without the statement's values.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { DrizzleQueryError } from 'drizzle-orm/errors'
import { approvedArticle, queuedDelivery, readDelivery, setDeliveryState, type SchedulerWorld, startSchedulerWorld } from './schedulerWorld'

let world: SchedulerWorld
before(async () => {
  world = await startSchedulerWorld()
})
after(async () => {
  await world?.close()
})

const STATEMENT = 'update "deliveries" set "remote_ids" = $1 where "deliveries"."id" = $2'
const failedStatement = () =>
  new DrizzleQueryError(
    STATEMENT,
    ['{"token":"sealed-token-value"}', 1],
    Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
  )

test('a fault of ours mid-publish is stored with its cause and without the statement’s values, retried, then final', async () => {
  const { settleFailure } = await import('../../cms/delivery/settleFailure')
  const { MAX_ATTEMPTS } = await import('../../cms/delivery/retryPolicy')
  const { id } = await queuedDelivery(world, { article: await approvedArticle(world), platform: 'weibo' })
  // A worker's claim, nothing sent yet: the fault comes before the post call.
  await setDeliveryState(world, { id, state: 'sending' })
  await settleFailure({ payload: world.db, id, error: failedStatement(), attempts: 1, publisher: 'weibo' })
  const retried = await readDelivery(world, id)
  assert.equal(retried.state, 'queued')
  assert.equal(retried.lastError?.message, `发布途中出错：Failed query: ${STATEMENT} ← SQLITE_BUSY: database is locked`)
  assert.doesNotMatch(JSON.stringify(retried.lastError), /params|sealed-token/)

  await setDeliveryState(world, { id, state: 'sending' })
  await settleFailure({ payload: world.db, id, error: failedStatement(), attempts: MAX_ATTEMPTS, publisher: 'weibo' })
  const final = await readDelivery(world, id)
  assert.equal(final.state, 'failed')
  assert.equal(final.lastError?.kind, 'internal')
  assert.equal(final.lastError?.message, `Failed query: ${STATEMENT} ← SQLITE_BUSY: database is locked`)
  assert.match(final.lastError?.action ?? '', /管理员/)
  assert.doesNotMatch(JSON.stringify(final.lastError), /params|sealed-token/)
})
