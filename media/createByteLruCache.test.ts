import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { createByteLruCache } from './createByteLruCache'

const cacheOfBuffers = (maxBytes: number) => createByteLruCache<Buffer>({ maxBytes, sizeOf: (value) => value.length })

describe('createByteLruCache', () => {
  test('returns cached values and marks them so', async () => {
    const cache = cacheOfBuffers(100)
    let created = 0
    const create = async () => Buffer.alloc(10, ++created)
    assert.equal((await cache.getOrCreate({ key: 'a', create })).cached, false)
    const again = await cache.getOrCreate({ key: 'a', create })
    assert.deepEqual([again.cached, again.value[0], created], [true, 1, 1])
  })

  test('evicts the least recently used entries once over the byte budget', async () => {
    const cache = cacheOfBuffers(100)
    for (const key of ['a', 'b', 'c', 'd']) await cache.getOrCreate({ key, create: async () => Buffer.alloc(25) })
    await cache.getOrCreate({ key: 'a', create: async () => Buffer.alloc(25) })
    await cache.getOrCreate({ key: 'e', create: async () => Buffer.alloc(25) })
    assert.deepEqual(cache.stats().bytes, 100)
    assert.equal((await cache.getOrCreate({ key: 'a', create: async () => Buffer.alloc(25) })).cached, true)
    assert.equal((await cache.getOrCreate({ key: 'b', create: async () => Buffer.alloc(25) })).cached, false)
  })

  test('shares one creation between concurrent requests and does not keep failures', async () => {
    const cache = cacheOfBuffers(100)
    let created = 0
    const slow = () => new Promise<Buffer>((resolve) => setTimeout(() => resolve(Buffer.alloc(1, ++created)), 10))
    const [first, second] = await Promise.all([
      cache.getOrCreate({ key: 'k', create: slow }),
      cache.getOrCreate({ key: 'k', create: slow }),
    ])
    assert.deepEqual([first.cached, second.cached, created], [false, true, 1])
    await assert.rejects(cache.getOrCreate({ key: 'bad', create: async () => Promise.reject(new Error('boom')) }))
    assert.equal((await cache.getOrCreate({ key: 'bad', create: async () => Buffer.alloc(1) })).cached, false)
  })

  test('does not keep a value larger than a quarter of the budget', async () => {
    const cache = cacheOfBuffers(100)
    await cache.getOrCreate({ key: 'big', create: async () => Buffer.alloc(30) })
    assert.equal(cache.stats().entries, 0)
  })
})
