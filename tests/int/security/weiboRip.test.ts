import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { fakeAccountData } from '../../fakes/shared/fakeAccounts'
import { createFakeControl, type FakeControl } from '../../fakes/shared/fakeControl'
import type { RunningFake } from '../../fakes/shared/fakeServer'
import { startWeiboFake } from '../../fakes/weibo'
import { type DeliveryReply, waitForDelivery } from '../../helpers/deliveries'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { useTestRedis } from '../../helpers/redis'
import { startTestCms, type TestCms } from '../../helpers/testCms'
import { startTestWorker, type TestWorker, withWorkerLog } from '../../helpers/worker'

/**
 * Weibo's `rip` (hole 13): the public IP of whoever pressed publish or scheduled, read from
 * X-Forwarded-For only as written by a trusted proxy (the test client on 127.0.0.1 plays the proxy),
 * never a private or loopback address; without one the account's setting; without that an account
 * problem that sends the admin to the account, and a retry that posts once when it is fixed.
 */
let cms: TestCms
let worker: TestWorker | null = null
let redis: Awaited<ReturnType<typeof useTestRedis>> | null = null
let fake: RunningFake
let weibo: FakeControl
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<'admin' | 'editor', string> = { admin: '', editor: '' }
const ACCOUNT_RIP = '58.30.1.1'
const finished = ['published', 'failed', 'needs_reauth', 'unconfirmed', 'manual']

/** A request as the trusted proxy forwards it: `forwardedFor` is its X-Forwarded-For header. */
async function send(args: { method: 'POST' | 'PATCH'; path: string; token: string; body: unknown; forwardedFor?: string }) {
  const headers: Record<string, string> = { authorization: `JWT ${args.token}`, 'content-type': 'application/json' }
  if (args.forwardedFor !== undefined) headers['x-forwarded-for'] = args.forwardedFor
  const response = await fetch(`${cms.url}${args.path}`, { method: args.method, headers, body: JSON.stringify(args.body) })
  return { status: response.status, body: (await response.json()) as { doc?: { id: Id }; errors?: { message: string }[] } }
}

let serial = 0
/** Approved through the review endpoint; each has its own text, so Weibo never sees a repeat. */
async function approvedArticle(): Promise<Id> {
  serial += 1
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: {
      title: `会员日第 ${serial} 波`,
      body: `第 ${serial} 波福利今晚开抢。`,
      digest: `第 ${serial} 波福利`,
      status: 'in_review',
      owner: team.copywriter.id,
    },
  })
  const approved = await api({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${id}/transition`,
    token: tokens.editor,
    body: { event: 'approve' },
  })
  assert.equal(approved.status, 200, JSON.stringify(approved.body))
  return id
}

const weiboAccount = (name: string, settings: Record<string, unknown>) =>
  makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { ...fakeAccountData('weibo', name), settings } })

async function publish(args: { account: Id; forwardedFor?: string }): Promise<{ id: Id; done: DeliveryReply }> {
  const reply = await send({
    method: 'POST',
    path: '/api/deliveries',
    token: tokens.editor,
    body: { content: { relationTo: 'articles', value: await approvedArticle() }, account: args.account },
    forwardedFor: args.forwardedFor,
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  const id = reply.body.doc!.id
  return { id, done: await waitForDelivery({ url: cms.url, token: tokens.editor, id, states: finished }) }
}

const posts = async () => weibo.entries('post')
const shareCalls = async () => (await weibo.requests()).filter((r) => r.path === '/2/statuses/share.json').length
const storedActorIp = async (collection: 'deliveries' | 'calendar-entries', id: Id) =>
  (await readRaw({ payload: cms.payload, collection, id }))?.actorIp ?? null

before(async () => {
  // The test client (127.0.0.1) stands for the reverse proxy in front of the app.
  process.env.TRUSTED_PROXIES = '127.0.0.1'
  fake = await startWeiboFake({ port: 0 })
  process.env.WEIBO_API_BASE = fake.baseUrl
  weibo = createFakeControl(fake.baseUrl)
  redis = await useTestRedis()
  cms = await startTestCms()
  process.env.PUBLIC_URL ??= cms.url
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor'] as const) tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  worker = await startTestWorker()
})
after(async () => {
  await worker?.stop()
  const { closeQueues } = await import('../../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.release()
  await fake?.close()
})

describe('Weibo rip: the acting user’s public IP', () => {
  test(
    'publish now behind the trusted proxy: the editor’s public IP is recorded and sent as rip, ahead of the account’s',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const account = await weiboAccount('有 rip 的微博', { rip: ACCOUNT_RIP })
        const { id, done } = await publish({ account, forwardedFor: '36.110.12.34' })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        assert.equal(await storedActorIp('deliveries', id), '36.110.12.34')
        const post = (await posts()).find((entry) => entry.data.idstr === done.remoteIds?.post)
        assert.equal(post?.data.rip, '36.110.12.34')
      },
    ),
  )

  test(
    'a client’s own X-Forwarded-For is ignored: only the address the trusted proxy appended counts',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const account = await weiboAccount('防伪造的微博', { rip: ACCOUNT_RIP })
        // The client sent "X-Forwarded-For: 8.8.8.8"; the proxy appended the address it saw.
        const { id, done } = await publish({ account, forwardedFor: '8.8.8.8, 58.2.2.2' })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        assert.equal(await storedActorIp('deliveries', id), '58.2.2.2')
        assert.equal((await posts()).find((entry) => entry.data.idstr === done.remoteIds?.post)?.data.rip, '58.2.2.2')
      },
    ),
  )

  test(
    'a private or loopback address is never recorded nor sent: the account’s rip is used instead',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const account = await weiboAccount('内网发布的微博', { rip: ACCOUNT_RIP })
        for (const forwardedFor of ['192.168.1.20', '127.0.0.1', '8.8.8.8, 10.0.0.7', '100.64.3.3', 'fd00::5']) {
          const { id, done } = await publish({ account, forwardedFor })
          assert.equal(done.state, 'published', `${forwardedFor}: ${JSON.stringify(done.lastError)}`)
          assert.equal(await storedActorIp('deliveries', id), null, forwardedFor)
          assert.equal((await posts()).find((entry) => entry.data.idstr === done.remoteIds?.post)?.data.rip, ACCOUNT_RIP, forwardedFor)
        }
        const sent = new Set((await posts()).map((entry) => String(entry.data.rip)))
        for (const never of ['192.168.1.20', '127.0.0.1', '10.0.0.7', '100.64.3.3', 'fd00::5', '8.8.8.8'])
          assert.ok(!sent.has(never), never)
      },
    ),
  )

  test(
    'no public IP and no rip on the account: an account problem naming the account and what to fill, nothing posted; retry after the fix posts once',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const account = await weiboAccount('缺 rip 的微博', {})
        const sharesBefore = await shareCalls()
        const { id, done } = await publish({ account, forwardedFor: '192.168.1.20' })
        assert.equal(done.state, 'failed', JSON.stringify(done.lastError))
        const lastError = done.lastError as DeliveryReply['lastError'] & { fixAt?: string }
        assert.equal(lastError?.fixAt, 'account')
        assert.notEqual(lastError?.kind, 'refused', 'not a content refusal')
        assert.match(lastError!.message, /缺 rip 的微博/, 'names the account')
        assert.match(lastError!.message, /公网 IP/)
        assert.match(lastError!.message, /「发布设置」里填写 rip/, 'says what to fill in')
        assert.ok(lastError!.action.includes(`/admin/collections/platform-accounts/${account}`), lastError!.action)
        assert.match(lastError!.action, /重试/)
        assert.doesNotMatch(`${lastError!.message}${lastError!.action}`, /修改内容|重新审核/, 'the content is not blamed')
        assert.equal(await shareCalls(), sharesBefore, 'nothing reached Weibo')

        const fixed = await send({
          method: 'PATCH',
          path: `/api/platform-accounts/${account}`,
          token: tokens.admin,
          body: { settings: { rip: ACCOUNT_RIP } },
        })
        assert.equal(fixed.status, 200, JSON.stringify(fixed.body))
        const postsBefore = (await posts()).length
        const retried = await api<DeliveryReply>({
          url: cms.url,
          method: 'POST',
          path: `/api/deliveries/${id}/retry`,
          token: tokens.editor,
          body: {},
        })
        assert.equal(retried.status, 200, JSON.stringify(retried.body))
        const again = await waitForDelivery({ url: cms.url, token: tokens.editor, id, states: finished })
        assert.equal(again.state, 'published', JSON.stringify(again.lastError))
        const added = (await posts()).slice(postsBefore)
        assert.equal(added.length, 1, 'posted once')
        assert.equal(added[0]?.data.rip, ACCOUNT_RIP)
      },
    ),
  )

  test(
    'scheduling: the slot keeps the public IP of whoever created or last moved it; its delivery posts with it',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const account = await weiboAccount('排期的微博', {})
        const content = { relationTo: 'articles', value: await approvedArticle() }
        const far = new Date(Date.now() + 30 * 86_400_000).toISOString()
        const created = await send({
          method: 'POST',
          path: '/api/calendar-entries',
          token: tokens.editor,
          body: { content, account, publishAt: far, actorIp: '1.1.1.1' },
          forwardedFor: '36.110.7.7',
        })
        assert.equal(created.status, 201, JSON.stringify(created.body))
        const entry = created.body.doc!.id
        assert.equal(await storedActorIp('calendar-entries', entry), '36.110.7.7', 'stamped from the request, not from the body')
        const titleOnly = await send({
          method: 'PATCH',
          path: `/api/calendar-entries/${entry}`,
          token: tokens.editor,
          body: { title: '改个说明' },
          forwardedFor: '58.9.9.9',
        })
        assert.equal(titleOnly.status, 200, JSON.stringify(titleOnly.body))
        assert.equal(await storedActorIp('calendar-entries', entry), '36.110.7.7', 'editing the label is not rescheduling')
        const unknown = await send({
          method: 'PATCH',
          path: `/api/calendar-entries/${entry}`,
          token: tokens.editor,
          body: { publishAt: new Date(Date.now() + 31 * 86_400_000).toISOString() },
        })
        assert.equal(unknown.status, 200, JSON.stringify(unknown.body))
        assert.equal(await storedActorIp('calendar-entries', entry), null, 'moved by someone whose IP is unknown: no stale IP is kept')

        const soon = new Date(Date.now() + 3000).toISOString()
        const moved = await send({
          method: 'PATCH',
          path: `/api/calendar-entries/${entry}`,
          token: tokens.editor,
          body: { publishAt: soon },
          forwardedFor: '36.110.8.8',
        })
        assert.equal(moved.status, 200, JSON.stringify(moved.body))
        assert.equal(await storedActorIp('calendar-entries', entry), '36.110.8.8')
        const { docs } = await cms.payload.find({
          collection: 'deliveries',
          overrideAccess: true,
          depth: 0,
          where: { calendarEntry: { equals: entry } },
          sort: '-createdAt',
        })
        const delivery = docs[0]
        assert.ok(delivery, 'the slot has a delivery')
        const done = await waitForDelivery({ url: cms.url, token: tokens.editor, id: delivery.id, states: finished })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        assert.equal((await posts()).find((post) => post.data.idstr === done.remoteIds?.post)?.data.rip, '36.110.8.8')
      },
    ),
  )
})
