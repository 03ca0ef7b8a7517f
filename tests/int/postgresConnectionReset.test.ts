/**
 * A database connection reset in the middle of a statement (a failover, a network blip between the web
 * process and Postgres): the request that was using it is answered 503 with the database words, the next
 * one goes through on a new connection, and a save that was cut stores nothing. Through a proxy in front
 * of the run's Postgres that resets a connection when told (tests/helpers/resettingProxy.ts).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, PASSWORD } from '../helpers/fixtures'
import { startResettingProxy, type ResettingProxy } from '../helpers/resettingProxy'
import { api, draftArticle, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

const server = process.env.TEST_POSTGRES_URL
let proxy: ResettingProxy | undefined
let cms: TestCms | undefined
let team: Awaited<ReturnType<typeof createTeam>>

before(async () => {
  if (!server) return
  const url = new URL(server)
  proxy = await startResettingProxy({ host: url.hostname, port: Number(url.port) })
  url.port = String(proxy.port)
  process.env.TEST_POSTGRES_URL = url.toString()
  process.env.TEST_ON_POSTGRES = '1'
  // The smallest pool allowed: a connection a cut save kept for good would leave the next save none.
  process.env.DATABASE_POOL_MAX = '2'
  cms = await startTestCms()
  team = await createTeam(cms.payload)
})
after(async () => {
  try {
    await cms?.close()
  } finally {
    await proxy?.close()
  }
})

type Reply = { errors?: { message: string }[] }
const UNREACHABLE = /^暂时连不上数据库，这次操作没有完成。请过一两分钟再试/

test('a sign-in whose statement is cut answers 503 with the database words; the next one signs in', { timeout: 60_000 }, async () => {
  assert.ok(server, 'TEST_POSTGRES_URL is unset: run this file through npm test (it starts a local Postgres)')
  assert.ok(cms && proxy)
  const signIn = () =>
    api<Reply>({ url: cms!.url, method: 'POST', path: '/api/users/login', body: { email: team.editor.email, password: PASSWORD } })
  const resets = proxy.resets()
  proxy.resetOn(/from "users"/)
  const cut = await signIn()
  assert.equal(proxy.resets(), resets + 1, 'the sign-in’s statement was cut')
  assert.equal(cut.status, 503, JSON.stringify(cut.body))
  assert.match(cut.body.errors?.[0]?.message ?? '', UNREACHABLE)
  assert.equal((await signIn()).status, 200)
  // A visitor's read (public media) the same way.
  proxy.resetOn(/from "media"/)
  const read = await api<Reply>({ url: cms.url, method: 'GET', path: '/api/media' })
  assert.equal(read.status, 503, JSON.stringify(read.body))
  assert.equal((await api({ url: cms.url, method: 'GET', path: '/api/media' })).status, 200)
})

test(
  'a save cut at its BEGIN or in the middle of its transaction answers 503 and stores nothing; the next save goes through',
  { timeout: 60_000 },
  async () => {
    assert.ok(server && cms && proxy)
    const token = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
    const id = await draftArticle({
      url: cms.url,
      token,
      data: { title: '门店周末活动', body: '第一稿。', digest: '周末', author: '文案' },
    })
    const save = (body: string) =>
      api<Reply>({ url: cms!.url, method: 'PATCH', path: `/api/articles/${id}?draft=true`, token, body: { body } })
    // drizzle rethrows a failed BEGIN with its message only ("cannot begin transaction: Failed query: begin").
    // Three cut at BEGIN: each kept its connection for good before postgresPool.ts gave it back.
    for (const [where, statement] of [
      ['at its BEGIN', /^Q[\s\S]{4}begin/],
      ['at its BEGIN again', /^Q[\s\S]{4}begin/],
      ['at its BEGIN a third time', /^Q[\s\S]{4}begin/],
      ['writing the version', /insert into "_articles_v"/],
    ] as const) {
      const resets: number = proxy.resets()
      proxy.resetOn(statement)
      const cut = await save(`${where}被切断的一稿。`)
      assert.equal(proxy.resets(), resets + 1, `the save was cut ${where}`)
      assert.equal(cut.status, 503, `${where}: ${JSON.stringify(cut.body)}`)
      assert.match(cut.body.errors?.[0]?.message ?? '', UNREACHABLE)
    }
    const versions = await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 20 })
    assert.ok(
      versions.docs.every((version) => !String(version.version.body).includes('被切断的一稿')),
      'a cut save left a version behind',
    )
    const next = await save('第二稿。')
    assert.equal(next.status, 200, JSON.stringify(next.body))
    const read = await api<{ body: string }>({ url: cms.url, method: 'GET', path: `/api/articles/${id}?draft=true`, token })
    assert.equal(read.body.body, '第二稿。')
  },
)
