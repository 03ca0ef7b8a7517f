import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { dedupeKeyFor, pushGenerationOf, pushRequestOf } from './pushRequest'

describe('the push of a delivery', () => {
  test('the dedupe key follows the delivery and the operator-retry generation, within 32 ASCII characters', () => {
    assert.equal(dedupeKeyFor({ deliveryId: 42, generation: 0 }), 'cms-d42-r0')
    assert.equal(dedupeKeyFor({ deliveryId: 42, generation: 1 }), 'cms-d42-r1')
    const long = dedupeKeyFor({ deliveryId: '65f0c0ffee0000000000abcd', generation: 12 })
    assert.ok(long.length <= 32 && /^[\x21-\x7e]+$/.test(long), long)
    assert.equal(long, dedupeKeyFor({ deliveryId: '65f0c0ffee0000000000abcd', generation: 12 }))
  })
  test('the generation is read from the remote ids; anything odd is 0', () => {
    assert.equal(pushGenerationOf({}), 0)
    assert.equal(pushGenerationOf({ pushGeneration: '3' }), 3)
    assert.equal(pushGenerationOf({ pushGeneration: 'x' }), 0)
  })
  test('mode: the delivery’s, else the account default, else the profile’s first; none without push modes', () => {
    const delivery = { id: 7, mode: null, tagId: '100' }
    // The profile's first mode is 发表不通知, which has no follower tag.
    assert.deepEqual(pushRequestOf({ delivery, platform: 'wechat', settings: {}, remoteIds: {} }), {
      mode: 'publish',
      dedupeKey: 'cms-d7-r0',
    })
    assert.deepEqual(pushRequestOf({ delivery, platform: 'wechat', settings: { defaultPushMode: 'mass' }, remoteIds: {} }), {
      mode: 'mass',
      tagId: '100',
      dedupeKey: 'cms-d7-r0',
    })
    assert.equal(pushRequestOf({ delivery: { ...delivery, mode: 'draft' }, platform: 'weibo', settings: {}, remoteIds: {} }), undefined)
  })
})
