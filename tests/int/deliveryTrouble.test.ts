import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { DEMO_ACCOUNTS } from '../../cms/seed/demoAccounts'
import { createFakeControl, type FakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startWechatFake } from '../fakes/wechat'
import { startWecomRobotFake, type WecomRobotFake } from '../fakes/wecom'
import { type DeliveryReply, waitForDelivery } from '../helpers/deliveries'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { useTestRedis } from '../helpers/redis'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'

/** A delivery that needs a person: who is told, the retry button's rules, and the admins' queue dashboard. */
let cms: TestCms
let worker: TestWorker | null = null
let redis: Awaited<ReturnType<typeof useTestRedis>> | null = null
let fake: RunningFake
let wechat: FakeControl
let robot: WecomRobotFake
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<'admin' | 'editor' | 'copywriter', string> = { admin: '', editor: '', copywriter: '' }

type Delivery = DeliveryReply
type Notification = { recipient: Id; kind: string; message: string; doc: { relationTo: string; value: Id } }

const GOOD = { ...DEMO_ACCOUNTS.find((account) => account.platform === 'wechat')?.credentials }

const here = path.dirname(fileURLToPath(import.meta.url))

async function approvedArticle(title: string, withCover = true): Promise<Id> {
  const bytes = fs.readFileSync(path.join(here, '../../cms/seed/assets/cover-double12.jpg'))
  const cover = withCover
    ? await cms.payload.create({
        collection: 'media',
        overrideAccess: true,
        data: { alt: '封面' },
        file: { data: bytes, mimetype: 'image/jpeg', name: `cover-${Date.now()}.jpg`, size: bytes.length },
      })
    : null
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: {
      title,
      body: '## 会员日\n\n全场满 199 减 30。',
      digest: '会员日满减',
      author: '张文案',
      cover: cover?.id,
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

const until = (id: Id, states: string[], timeoutMs?: number) =>
  waitForDelivery({ url: cms.url, token: tokens.editor, id, states, timeoutMs })

const retry = (id: Id, token: string, body: unknown = {}) =>
  api<Delivery & { errors?: { message: string }[] }>({ url: cms.url, method: 'POST', path: `/api/deliveries/${id}/retry`, token, body })

let wrongAppIds = 0

/** A delivery to an account whose AppID the platform does not know: it fails at the token, before anything is posted. */
async function failedDelivery(title: string, withCover = true): Promise<{ article: Id; account: Id; delivery: Delivery }> {
  const appId = `wx${String(9_000_000_000_000_000 + ++wrongAppIds)}`
  const account = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'wechat', name: `凭据错误的号 ${title}`, credentials: { appId, appSecret: 'wrong-secret' } },
  })
  const article = await approvedArticle(title, withCover)
  const reply = await api<{ doc: Delivery }>({
    url: cms.url,
    method: 'POST',
    path: '/api/deliveries',
    token: tokens.editor,
    body: { content: { relationTo: 'articles', value: article }, account },
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  return { article, account, delivery: await until(reply.body.doc.id, ['failed', 'needs_reauth', 'published']) }
}

/** The two notifications of a delivery's trouble, once the worker has saved them (just after it records the state). */
const ownerAndApproverNotified = (article: Id) =>
  waitFor({
    what: 'the owner and the approver to be notified',
    timeoutMs: 10_000,
    check: async () => {
      const { docs } = await cms.payload.find({
        collection: 'notifications',
        overrideAccess: true,
        depth: 0,
        where: { and: [{ 'doc.value': { equals: article } }, { kind: { like: 'delivery_' } }] },
      })
      return docs.length >= 2 && docs
    },
  })

before(async () => {
  fake = await startWechatFake({ port: 0, options: { publishPollsUntilFinal: 0 } })
  process.env.WECHAT_API_BASE = fake.baseUrl
  wechat = createFakeControl(fake.baseUrl)
  // The team's 企业微信 group, for the notifications' copies (the worker inherits it).
  robot = await startWecomRobotFake()
  process.env.WECOM_WEBHOOK_URL = robot.url
  redis = await useTestRedis()
  cms = await startTestCms()
  process.env.PUBLIC_URL ??= cms.url
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  worker = await startTestWorker()
})
after(async () => {
  await worker?.stop()
  const { closeQueues } = await import('../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.release()
  await fake?.close()
  await robot?.close()
})

describe('a delivery that needs a person', () => {
  test(
    'a failure tells the owner and the approver in the admin: which item, which account, what to do',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const { article, delivery } = await failedDelivery('通知测试')
        assert.notEqual(delivery.state, 'published')
        assert.match(delivery.lastError!.message, /AppID|40013/i, 'it failed at the credentials')
        // The worker notifies just after it records the state the wait above saw.
        const notes = (await ownerAndApproverNotified(article)) as unknown as Notification[]
        assert.deepEqual(notes.map((n) => String(n.recipient)).sort(), [String(team.copywriter.id), String(team.editor.id)].sort())
        for (const note of notes) {
          assert.equal(note.kind, `delivery_${delivery.state}`)
          assert.match(note.message, /「通知测试」发布到「凭据错误的号 通知测试」/)
          assert.ok(note.message.includes(delivery.lastError!.action), 'the next step is in the message')
        }
        // The owner reads it over the API; another copywriter's notifications are not theirs to see.
        const own = await api<{ docs: Notification[] }>({
          url: cms.url,
          method: 'GET',
          path: `/api/notifications?where[kind][like]=delivery_&depth=0`,
          token: tokens.copywriter,
        })
        assert.equal(own.status, 200)
        assert.ok(own.body.docs.every((n) => String(n.recipient) === String(team.copywriter.id)))
        assert.ok(own.body.docs.some((n) => String(n.doc.value) === String(article)))
      },
    ),
  )

  test(
    'retry: editors only; refused for a published delivery; after the credentials are fixed it publishes once',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const { account, delivery } = await failedDelivery('重试测试')
        const denied = await retry(delivery.id, tokens.copywriter)
        assert.equal(denied.status, 403)
        assert.match(String(denied.body.errors?.[0]?.message), /编辑或管理员/)
        const postsBefore = (await wechat.entries('publish')).length
        await cms.payload.update({ collection: 'platform-accounts', id: account, overrideAccess: true, data: { credentials: GOOD } })
        const retried = await retry(delivery.id, tokens.editor)
        assert.equal(retried.status, 200, JSON.stringify(retried.body))
        assert.equal(retried.body.state, 'queued')
        const done = await until(delivery.id, ['published', 'failed', 'needs_reauth', 'unconfirmed'])
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        assert.equal((await wechat.entries('publish')).length - postsBefore, 1)
        const again = await retry(delivery.id, tokens.editor)
        assert.equal(again.status, 400)
        assert.match(String(again.body.errors?.[0]?.message), /只有「失败」/)
      },
    ),
  )

  test(
    'retry of an unconfirmed delivery needs someone to have checked the platform first',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const { account, delivery } = await failedDelivery('待确认测试')
        await cms.payload.update({ collection: 'platform-accounts', id: account, overrideAccess: true, data: { credentials: GOOD } })
        await cms.payload.update({ collection: 'deliveries', id: delivery.id, overrideAccess: true, data: { state: 'unconfirmed' } })
        const unchecked = await retry(delivery.id, tokens.editor)
        assert.equal(unchecked.status, 400)
        assert.match(String(unchecked.body.errors?.[0]?.message), /核对/)
        assert.equal((await until(delivery.id, ['unconfirmed'])).state, 'unconfirmed', 'nothing changed')
        const checked = await retry(delivery.id, tokens.editor, { checked: true })
        assert.equal(checked.status, 200, JSON.stringify(checked.body))
        assert.equal((await until(delivery.id, ['published', 'failed', 'needs_reauth', 'unconfirmed'])).state, 'published')
      },
    ),
  )

  test(
    'retry is refused when the content itself was refused: it would fail the same way',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const { delivery } = await failedDelivery('无封面测试', false)
        assert.equal(delivery.lastError?.kind, 'refused' as string)
        const refused = await retry(delivery.id, tokens.editor)
        assert.equal(refused.status, 400)
        assert.match(String(refused.body.errors?.[0]?.message), /封面/)
      },
    ),
  )

  test(
    'retry is refused when the content went back to review after the failure',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        const { article, delivery } = await failedDelivery('退回测试')
        // An edit of the approved text sends it back to review (the review state itself is never written directly).
        await cms.payload.update({ collection: 'articles', id: article, overrideAccess: true, data: { title: '退回测试（改过）' } })
        const refused = await retry(delivery.id, tokens.editor)
        assert.equal(refused.status, 400)
        assert.match(String(refused.body.errors?.[0]?.message), /已不是当前定稿/)
      },
    ),
  )
})

describe('the queue dashboard', () => {
  test(
    'admins see each platform queue with its worker and a waiting job; editors and visitors do not',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        assert.equal((await api({ url: cms.url, method: 'GET', path: '/api/scheduler/queues', token: null })).status, 401)
        assert.equal((await api({ url: cms.url, method: 'GET', path: '/api/scheduler/queues', token: tokens.editor })).status, 403)
        const { enqueueDelivery, cancelDelivery } = await import('../../scheduler/queues')
        const runAt = new Date(Date.now() + 3_600_000)
        await enqueueDelivery({ deliveryId: 'dashboard-check', platform: 'weibo', runAt })
        try {
          type Overview = {
            redis: string
            queues: {
              platform: string
              workers: number
              counts: Record<string, number>
              jobs: { deliveryId: Id; state: string; at: string }[]
            }[]
            background: { kind: string; workers: number; schedules: { id: string; next: string | null }[] }[]
          }
          const { status, body } = await api<Overview>({ url: cms.url, method: 'GET', path: '/api/scheduler/queues', token: tokens.admin })
          assert.equal(status, 200, JSON.stringify(body))
          assert.equal(body.redis, 'ok')
          assert.deepEqual(body.queues.map((q) => q.platform).sort(), ['channels', 'douyin', 'toutiao', 'wechat', 'weibo', 'xiaohongshu'])
          for (const queue of body.queues) assert.ok(queue.workers >= 1, `${queue.platform}: the worker listens`)
          const weibo = body.queues.find((q) => q.platform === 'weibo')!
          assert.ok(weibo.counts.delayed >= 1)
          const job = weibo.jobs.find((j) => j.deliveryId === 'dashboard-check')
          assert.equal(job?.state, 'delayed')
          assert.ok(Math.abs(new Date(job.at).getTime() - runAt.getTime()) < 2000, 'shows when it runs')
          // The worker's other queues: image text, statistics, 节点 reminders, notifications' copies, each served, the daily runs scheduled.
          assert.deepEqual(
            body.background.map((queue) => queue.kind),
            ['ocr', 'stats', 'planning', 'notify'],
          )
          for (const queue of body.background) assert.ok(queue.workers >= 1, `${queue.kind}: the worker listens`)
          for (const kind of ['stats', 'planning', 'notify']) {
            const next = body.background.find((queue) => queue.kind === kind)?.schedules[0]?.next
            assert.ok(next && new Date(next).getTime() > Date.now(), `${kind}: the next daily run is shown (${next})`)
          }
        } finally {
          await cancelDelivery({ deliveryId: 'dashboard-check', platform: 'weibo' })
        }
      },
    ),
  )
})

describe('a worker that is stopped', () => {
  test('first sends the copies of the 发布失败 it has just saved: the group post goes out and is recorded, not left to a sweep', async () => {
    // The group's robot answers slowly: the copy is still on its way when the worker is told to stop.
    robot.slowNext({ delayMs: 2_500 })
    const { article } = await failedDelivery('停机前的通知')
    const notes = await ownerAndApproverNotified(article)
    await worker?.stop()
    worker = null
    const after = await Promise.all(
      notes.map((note) => cms.payload.findByID({ collection: 'notifications', id: note.id, overrideAccess: true, depth: 0 })),
    )
    assert.deepEqual(
      after.map((note) => [note.outwardAttempts, note.robotOutward]),
      [
        [1, 'sent'],
        [1, 'sent'],
      ],
    )
    const posts = robot.bodies().filter((body) => JSON.stringify(body).includes('停机前的通知'))
    assert.equal(posts.length, 1, 'one post names both')
  })
})
