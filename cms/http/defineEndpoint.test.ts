import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { APIError } from 'payload'
import { z } from 'zod'
import type { User } from '../payload-types'
import { callerOf, invalidBodyMessage, parseParams } from './defineEndpoint'

const userAs = (role: User['role']): User => ({
  id: 7,
  name: '小王',
  role,
  email: `${role}@demo.local`,
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  collection: 'users',
})
const refusedWith = (status: number, pattern: RegExp) => (error: unknown) =>
  error instanceof APIError && error.status === status && pattern.test(error.message)

describe('callerOf', () => {
  test('nobody signed in: 401 unless the endpoint is for anyone', () => {
    assert.throws(() => callerOf({ user: null, roles: ['admin'] }), refusedWith(401, /请先登录/))
    assert.throws(() => callerOf({ user: null, roles: 'signed-in' }), refusedWith(401, /请先登录/))
    assert.equal(callerOf({ user: null, roles: 'anyone' }), null)
  })

  test('a role not listed: 403 with the sentence the endpoint gave', () => {
    assert.throws(
      () => callerOf({ user: userAs('copywriter'), roles: ['admin', 'editor'], refusal: '只有编辑或管理员可以发布。' }),
      refusedWith(403, /^只有编辑或管理员可以发布。$/),
    )
    assert.throws(() => callerOf({ user: userAs('designer'), roles: ['admin'] }), refusedWith(403, /角色/))
  })

  test('a listed role, any signed-in user for signed-in, anyone for anyone: the user comes back', () => {
    const editor = userAs('editor')
    assert.equal(callerOf({ user: editor, roles: ['admin', 'editor'] }), editor)
    assert.equal(callerOf({ user: editor, roles: 'signed-in' }), editor)
    assert.equal(callerOf({ user: editor, roles: 'anyone' }), editor)
  })
})

describe('parseParams', () => {
  test("each :name of the path, as text; a missing one is ''", () => {
    assert.deepEqual(parseParams({ path: '/:id/retry', routeParams: { id: 12 } }), { id: '12' })
    assert.deepEqual(parseParams({ path: '/:collection/:id', routeParams: { collection: 'articles' } }), { collection: 'articles', id: '' })
    assert.deepEqual(parseParams({ path: '/export.csv', routeParams: { id: 1 } }), {})
  })

  test('through a schema: what fits comes back parsed, what does not is a 404 with its message', () => {
    const schema = z.object({ task: z.enum(['titles', 'digest'], { errorMap: () => ({ message: '没有这个任务。' }) }) })
    assert.deepEqual(parseParams({ path: '/assist/:task', routeParams: { task: 'titles' }, schema }), { task: 'titles' })
    assert.throws(() => parseParams({ path: '/assist/:task', routeParams: { task: 'sing' }, schema }), refusedWith(404, /^没有这个任务。$/))
  })
})

describe('invalidBodyMessage', () => {
  const issues = z.object({ url: z.string({ required_error: '请粘贴链接。' }), n: z.number() }).safeParse({}).error?.issues ?? []

  test("the schema's first message by default", () => {
    assert.equal(invalidBodyMessage({ issues }), '请粘贴链接。')
  })

  test("the endpoint's own sentence, or what it makes of the issues", () => {
    assert.equal(invalidBodyMessage({ issues, invalidBody: '请求格式应为 { "url": "…" }。' }), '请求格式应为 { "url": "…" }。')
    assert.equal(invalidBodyMessage({ issues, invalidBody: (all) => `${all.length} 处不对` }), '2 处不对')
  })
})
