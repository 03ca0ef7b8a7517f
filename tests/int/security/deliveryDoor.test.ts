import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { fakeAccountData } from '../../fakes/shared/fakeAccounts'
import { createFakeControl, type FakeControl } from '../../fakes/shared/fakeControl'
import type { RunningFake } from '../../fakes/shared/fakeServer'
import { startWeiboFake } from '../../fakes/weibo'
import { type DeliveryReply, waitForDelivery } from '../../helpers/deliveries'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { useTestRedis } from '../../helpers/redis'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'
import { waitFor } from '../../helpers/waitFor'
import { startTestWorker, type TestWorker } from '../../helpers/worker'

/**
 * Issue #10, hole 1 and the stop button: nothing reaches a platform without review, by any door.
 * The collection's own doors (REST, GraphQL, duplicate) are closed; a delivery row written into the
 * database by other means is refused by the worker before any platform call; a pause holds
 * everything back until it is lifted, and what it held back too long waits for a person.
 */
let cms: TestCms
let worker: TestWorker | null = null
let redis: Awaited<ReturnType<typeof useTestRedis>> | null = null
let weibo: RunningFake
let fake: FakeControl
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
let account: Id

async function graphql(token: string, query: string): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const reply = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ query }),
  })
  return (await reply.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
}

async function article(args: { title: string; approve: boolean }): Promise<Id> {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: {
      title: args.title,
      body: `${args.title}：会员日满 199 减 30。`,
      digest: args.title,
      status: 'in_review',
      owner: team.copywriter.id,
    },
  })
  if (args.approve) {
    const reply = await api({
      url: cms.url,
      method: 'POST',
      path: `/api/articles/${id}/transition`,
      token: tokens.editor,
      body: { event: 'approve' },
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
  }
  return id
}

async function latestVersion(id: Id): Promise<string> {
  const { docs } = await cms.payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    overrideAccess: true,
  })
  return String(docs[0]?.id)
}

const publishNow = (content: Id) =>
  api<{ doc?: DeliveryReply; errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: '/api/deliveries',
    token: tokens.editor,
    body: { content: { relationTo: 'articles', value: content }, account },
  })
const until = (id: Id, states: string[], timeoutMs = 40_000) =>
  waitForDelivery({ url: cms.url, token: tokens.editor, id, states, timeoutMs })
const posts = async () => (await fake.entries('post')).length
const postsMentioning = async (text: string) =>
  (await fake.ledger()).requests.filter((r) => JSON.stringify(r).includes(encodeURIComponent(text)) || JSON.stringify(r).includes(text))
    .length
const deliveryCount = async () => (await cms.payload.count({ collection: 'deliveries', overrideAccess: true })).totalDocs

before(async () => {
  weibo = await startWeiboFake({ port: 0 })
  process.env.WEIBO_API_BASE = weibo.baseUrl
  fake = createFakeControl(weibo.baseUrl)
  redis = await useTestRedis()
  cms = await startTestCms()
  process.env.PUBLIC_URL ??= cms.url
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: fakeAccountData('weibo', '测试微博') })
  // A short reconcile period: rows written straight into the database get their job within seconds.
  worker = await startTestWorker({ reconcileEveryMs: 1000 })
})
after(async () => {
  await worker?.stop()
  const { closeQueues } = await import('../../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.release()
  await weibo?.close()
})

describe('one door to a delivery', () => {
  let published: DeliveryReply

  before(async () => {
    const id = await article({ title: '已审核的会员日文章', approve: true })
    const reply = await publishNow(id)
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    assert.ok(!('actorIp' in reply.body.doc!), 'the reply shows the editor only what they may read (the actor IP is for admins)')
    published = await until(reply.body.doc!.id, ['published'])
  })

  test('REST: no role may create, update, duplicate or delete a delivery through the collection', async () => {
    const draft = await article({ title: '从未审核的草稿', approve: false })
    const before = await deliveryCount()
    for (const role of ['admin', 'editor'] as const) {
      const duplicate = await api({
        url: cms.url,
        method: 'POST',
        path: `/api/deliveries/${published.id}/duplicate`,
        token: tokens[role],
        body: {},
      })
      assert.equal(duplicate.status, 403, `${role} duplicate: ${JSON.stringify(duplicate.body)}`)
      const patch = await api({
        url: cms.url,
        method: 'PATCH',
        path: `/api/deliveries/${published.id}`,
        token: tokens[role],
        // followUpPending too: set by hand, it would have the reconciler notify people of a move nobody made.
        body: { state: 'queued', revision: await latestVersion(draft), followUpPending: true },
      })
      assert.equal(patch.status, 403, `${role} update: ${JSON.stringify(patch.body)}`)
      const remove = await api({ url: cms.url, method: 'DELETE', path: `/api/deliveries/${published.id}`, token: tokens[role] })
      assert.equal(remove.status, 403, `${role} delete: ${JSON.stringify(remove.body)}`)
    }
    // "Publish now" is the door, and it checks approval.
    const refused = await publishNow(draft)
    assert.equal(refused.status, 400)
    assert.match(refused.body.errors?.[0]?.message ?? '', /审核通过（定稿）后才能发布/)
    assert.equal(await deliveryCount(), before, 'nothing was written')
    const stored = await readRaw({ payload: cms.payload, collection: 'deliveries', id: published.id })
    assert.equal(stored?.state, 'published', 'the record is as it was')
    assert.notEqual(stored?.followUpPending, true)
  })

  test('GraphQL: createDelivery, duplicateDelivery, updateDelivery and deleteDelivery are refused for every role', async () => {
    const draft = await article({ title: '从未审核的草稿（GraphQL）', approve: false })
    const revision = await latestVersion(draft)
    const before = await deliveryCount()
    for (const role of ['admin', 'editor', 'copywriter'] as const) {
      const created = await graphql(
        tokens[role],
        `mutation { createDelivery(data: { content: { relationTo: articles, value: ${JSON.stringify(draft)} }, account: ${JSON.stringify(account)}, revision: "${revision}", state: queued }) { id } }`,
      )
      assert.ok(created.errors?.length, `${role} createDelivery: ${JSON.stringify(created)}`)
      const duplicated = await graphql(tokens[role], `mutation { duplicateDelivery(id: ${JSON.stringify(published.id)}) { id } }`)
      assert.ok(duplicated.errors?.length, `${role} duplicateDelivery: ${JSON.stringify(duplicated)}`)
      const updated = await graphql(
        tokens[role],
        `mutation { updateDelivery(id: ${JSON.stringify(published.id)}, data: { state: queued, revision: "${revision}", followUpPending: true }) { id } }`,
      )
      assert.ok(updated.errors?.length, `${role} updateDelivery: ${JSON.stringify(updated)}`)
      const deleted = await graphql(tokens[role], `mutation { deleteDelivery(id: ${JSON.stringify(published.id)}) { id } }`)
      assert.ok(deleted.errors?.length, `${role} deleteDelivery: ${JSON.stringify(deleted)}`)
    }
    assert.equal(await deliveryCount(), before, 'nothing was written')
    const stored = await readRaw({ payload: cms.payload, collection: 'deliveries', id: published.id })
    assert.equal(stored?.state, 'published')
    assert.notEqual(stored?.followUpPending, true)
  })

  test('who pressed publish, from which IP, is for admins only: REST, select, where and GraphQL; anonymous cannot cancel', async () => {
    const ip = '36.110.88.99'
    await cms.payload.db.updateOne({ collection: 'deliveries', id: published.id, data: { actorIp: ip }, returning: false })
    const read = (token: string, query: string) =>
      api<{ docs?: Record<string, unknown>[]; totalDocs?: number }>({
        url: cms.url,
        method: 'GET',
        path: `/api/deliveries?${query}`,
        token,
      })
    // Editors read deliveries, without the IP; copywriters do not read them at all.
    const copywriterRead = await api({ url: cms.url, method: 'GET', path: `/api/deliveries/${published.id}`, token: tokens.copywriter })
    assert.equal(copywriterRead.status, 403)
    const role = 'editor'
    const one = await api<Record<string, unknown>>({
      url: cms.url,
      method: 'GET',
      path: `/api/deliveries/${published.id}`,
      token: tokens[role],
    })
    assert.equal(one.status, 200, `${role}: ${JSON.stringify(one.body)}`)
    assert.ok(!('actorIp' in one.body), `${role} REST read`)
    const selected = await read(tokens[role], `select[actorIp]=true&where[id][equals]=${published.id}`)
    assert.equal(selected.body.docs?.length, 1, `${role} select: ${JSON.stringify(selected.body)}`)
    assert.ok(!selected.body.docs?.some((doc) => 'actorIp' in doc), `${role} select`)
    // No oracle: filtering on the hidden field answers the same for the right IP and a wrong one.
    const right = await read(tokens[role], `where[actorIp][equals]=${ip}&where[id][equals]=${published.id}`)
    const wrong = await read(tokens[role], `where[actorIp][equals]=1.2.3.4&where[id][equals]=${published.id}`)
    assert.deepEqual([right.status, right.body.totalDocs], [wrong.status, wrong.body.totalDocs], `${role} where`)
    const gql = await graphql(tokens[role], `{ Delivery(id: ${JSON.stringify(published.id)}) { id actorIp } }`)
    assert.equal((gql.data?.Delivery as { actorIp?: unknown } | null | undefined)?.actorIp ?? null, null, `${role} GraphQL`)
    const admin = await api<Record<string, unknown>>({
      url: cms.url,
      method: 'GET',
      path: `/api/deliveries/${published.id}`,
      token: tokens.admin,
    })
    assert.equal(admin.body.actorIp, ip, 'the admin reads it')
    const anonymous = await api({ url: cms.url, method: 'POST', path: `/api/deliveries/${published.id}/cancel`, body: {} })
    assert.ok([401, 403].includes(anonymous.status), `anonymous cancel: ${anonymous.status}`)
  })
})

describe('the worker re-checks before any platform call', () => {
  test('rows written straight into the database for an unapproved draft, another item’s revision or a stale revision are withdrawn, and nothing is posted', async () => {
    const draft = await article({ title: '绕过审核的草稿甲', approve: false })
    const approved = await article({ title: '已审核的文章乙', approve: true })
    const other = await article({ title: '已审核的文章丙', approve: true })
    const otherDoc = await readRaw({ payload: cms.payload, collection: 'articles', id: other })
    // A stale revision: the version before approval pinned a newer one.
    const { docs: approvedVersions } = await cms.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: approved } },
      sort: 'updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    const approvedDoc = await readRaw({ payload: cms.payload, collection: 'articles', id: approved })
    const stale = String(approvedVersions[0]?.id)
    assert.notEqual(stale, String(approvedDoc?.approvedVersion), 'the fixture has an older revision than the pinned one')
    const postsBefore = await posts()
    const rows = [
      { content: draft, revision: await latestVersion(draft), expect: /不是审核通过的定稿/ },
      { content: approved, revision: String(otherDoc?.approvedVersion), expect: /不属于/ },
      { content: approved, revision: stale, expect: /不是《已审核的文章乙》当前的定稿版本/ },
    ]
    const ids: Id[] = []
    for (const row of rows) {
      const doc = await cms.payload.db.create({
        collection: 'deliveries',
        data: { content: { relationTo: 'articles', value: row.content }, account, revision: row.revision, state: 'queued', attempts: 0 },
      })
      ids.push(doc.id as Id)
    }
    for (const [index, id] of ids.entries()) {
      const done = await until(id, ['cancelled', 'published', 'failed'], 60_000)
      assert.equal(done.state, 'cancelled', JSON.stringify(done.lastError))
      assert.equal(done.lastError?.kind, 'withdrawn')
      assert.match(done.lastError?.message ?? '', rows[index].expect)
      assert.match(done.lastError?.message ?? '', /没有发送到平台/)
    }
    // One more reconcile round after the last refusal: still nothing reached the platform.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    assert.equal(await posts(), postsBefore, 'nothing was posted to Weibo')
    assert.equal(await postsMentioning('绕过审核的草稿甲'), 0)
  })
})

describe('the stop button', () => {
  const pauseAll = (token: string, body: Record<string, unknown>) =>
    api<{ errors?: { message: string }[] }>({ url: cms.url, method: 'POST', path: '/api/globals/publishing-pause', token, body })
  const pauseAccount = (body: Record<string, unknown>) =>
    api({ url: cms.url, method: 'PATCH', path: `/api/platform-accounts/${account}`, token: tokens.admin, body: { pause: body } })

  test('only an admin pauses, and only with a reason', async () => {
    assert.equal((await pauseAll(tokens.editor, { active: true, reason: '舆情' })).status, 403)
    const noReason = await pauseAll(tokens.admin, { active: true, reason: '' })
    assert.equal(noReason.status, 400)
    assert.match(noReason.body.errors?.[0]?.message ?? '', /写明原因/)
    const stored = (await cms.payload.findGlobal({ slug: 'publishing-pause', overrideAccess: true })) as { active?: boolean }
    assert.notEqual(stored.active, true)
  })

  test('paused: a due delivery waits (queued, saying why), nothing is posted; resuming sends it once', async () => {
    const paused = await pauseAll(tokens.admin, { active: true, reason: '舆情处理中，暂停所有推送' })
    assert.equal(paused.status, 200, JSON.stringify(paused.body))
    const seen = (
      await api<{ active: boolean; reason: string; at: string }>({
        url: cms.url,
        method: 'GET',
        path: '/api/globals/publishing-pause',
        token: tokens.copywriter,
      })
    ).body
    assert.equal(seen.active, true, 'the team sees the pause')
    assert.ok(seen.at, 'stamped with its time')
    const id = await article({ title: '暂停期间到点的文章', approve: true })
    const postsBefore = await posts()
    const reply = await publishNow(id)
    assert.equal(reply.status, 201)
    const deliveryId = reply.body.doc!.id
    const waiting = await waitFor({
      what: 'the worker to find the delivery paused',
      timeoutMs: 30_000,
      check: async () => {
        const d = await readRaw({ payload: cms.payload, collection: 'deliveries', id: deliveryId })
        return (d?.lastError as { kind?: string } | null)?.kind === 'paused' ? d : null
      },
    })
    assert.equal(waiting.state, 'queued', 'nothing is cancelled or lost')
    assert.match(String((waiting.lastError as { message: string }).message), /舆情处理中/)
    assert.equal(await posts(), postsBefore)
    assert.equal((await pauseAll(tokens.admin, { active: false })).status, 200)
    const done = await until(deliveryId, ['published'], 30_000)
    assert.equal(done.lastError, null)
    assert.equal(await posts(), postsBefore + 1, 'sent exactly once')
  })

  test('one account paused; resumed after the slot is long past: held for a decision, then released or cancelled', async () => {
    assert.equal((await pauseAccount({ active: true, reason: '账号被投诉，核查中' })).status, 200)
    const first = await article({ title: '暂停太久的文章一', approve: true })
    const second = await article({ title: '暂停太久的文章二', approve: true })
    const postsBefore = await posts()
    const ids: Id[] = []
    for (const content of [first, second]) {
      const reply = await publishNow(content)
      assert.equal(reply.status, 201)
      ids.push(reply.body.doc!.id)
    }
    for (const id of ids) {
      const note = await waitFor({
        what: 'the worker to find the delivery paused',
        timeoutMs: 30_000,
        check: async () => {
          const d = await readRaw({ payload: cms.payload, collection: 'deliveries', id })
          return (d?.lastError as { kind?: string } | null)?.kind === 'paused' ? (d?.lastError as Record<string, unknown>) : null
        },
      })
      // As if the pause had lasted 40 minutes.
      await cms.payload.db.updateOne({
        collection: 'deliveries',
        id,
        data: { lastError: { ...note, at: new Date(Date.now() - 40 * 60_000).toISOString() } },
      })
    }
    assert.equal((await pauseAccount({ active: false })).status, 200)
    for (const id of ids) {
      const held = await until(id, ['held', 'published'], 30_000)
      assert.equal(held.state, 'held', 'not sent blindly')
      assert.match(held.lastError?.message ?? '', /错过了发布时间/)
    }
    const notices = await cms.payload.find({
      collection: 'notifications',
      overrideAccess: true,
      where: { and: [{ recipient: { equals: team.copywriter.id } }, { kind: { equals: 'delivery_held' } }] },
    })
    assert.equal(notices.totalDocs, 2, 'the owner is told about each')
    assert.equal(await posts(), postsBefore)

    const copywriterTry = await api({
      url: cms.url,
      method: 'POST',
      path: `/api/deliveries/${ids[0]}/release`,
      token: tokens.copywriter,
      body: {},
    })
    assert.equal(copywriterTry.status, 403)
    const released = await api({ url: cms.url, method: 'POST', path: `/api/deliveries/${ids[0]}/release`, token: tokens.editor, body: {} })
    assert.equal(released.status, 200, JSON.stringify(released.body))
    const cancelled = await api<{ state: string }>({
      url: cms.url,
      method: 'POST',
      path: `/api/deliveries/${ids[1]}/cancel`,
      token: tokens.editor,
      body: {},
    })
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body))
    assert.equal(cancelled.body.state, 'cancelled')
    assert.ok(!('actorIp' in cancelled.body), 'whoever pressed publish, and from where, is for admins only')
    assert.equal((await until(ids[0], ['published'], 30_000)).state, 'published')
    assert.equal((await until(ids[1], ['cancelled'])).state, 'cancelled')
    await new Promise((resolve) => setTimeout(resolve, 2500))
    assert.equal(await posts(), postsBefore + 1, 'only the released one went out')
  })
})
