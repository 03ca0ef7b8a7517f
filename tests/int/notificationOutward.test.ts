import assert from 'node:assert/strict'
import { URL } from 'node:url'
import { after, before, test } from 'node:test'
import type { Notification } from '../../cms/payload-types'
import { startSmtpCatcher, type SmtpCatcher } from '../fakes/smtp'
import { startWecomRobotFake, type WecomRobotFake } from '../fakes/wecom'
import { createTeam, type Id, PASSWORD } from '../helpers/fixtures'
import { useTestRedis } from '../helpers/redis'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker } from '../helpers/worker'

/**
 * A notification's e-mail and 企业微信 copies reach people at least once: what the save could not send
 * (the mail server down, the robot refusing, the process stopped first) the worker's sweep sends
 * later, each copy once, and a copy that keeps failing is given up after an hour, with the reason.
 */
let cms: TestCms
let smtp: SmtpCatcher
let smtpPort: number
let robot: WecomRobotFake
let redis: { release: () => Promise<void> }
let team: Awaited<ReturnType<typeof createTeam>>
let quietId: Id
const tokens: Record<string, string> = {}

type RobotBody = { markdown: { content: string } }
const robotPostsAbout = (words: string) => robot.bodies().filter((body) => (body as RobotBody).markdown.content.includes(words)).length
const mailsAbout = (words: string) => smtp.messages().filter((mail) => mail.text.includes(words)).length
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000)

before(async () => {
  smtp = await startSmtpCatcher()
  smtpPort = Number(new URL(smtp.url).port)
  robot = await startWecomRobotFake()
  redis = await useTestRedis()
  // lib/env reads these once, when the config loads inside startTestCms; the worker inherits them.
  process.env.SMTP_URL = smtp.url
  process.env.WECOM_WEBHOOK_URL = robot.url
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const quiet = await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'quiet-outward@test.local', password: PASSWORD, name: '不收邮件的设计', role: 'designer', notifyByEmail: false },
  })
  quietId = quiet.id
  for (const role of ['copywriter', 'admin'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
})
after(async () => {
  const { closeQueues } = await import('../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.release()
  await smtp?.close()
  await robot?.close()
})

/** A notification saved the way the workflow saves them (its own attempt right after the commit). */
async function notify(recipient: Id, message: string): Promise<Id> {
  const { createLocalReq } = await import('payload')
  const { notifyUser } = await import('../../cms/review/notifyUser')
  const req = await createLocalReq({}, cms.payload)
  await notifyUser({ req, recipient, kind: 'delivery_failed', message })
  const { docs } = await cms.payload.find({
    collection: 'notifications',
    where: { message: { equals: message } },
    overrideAccess: true,
    depth: 0,
  })
  assert.equal(docs.length, 1)
  return docs[0].id
}

async function read(id: Id): Promise<Notification> {
  return cms.payload.findByID({ collection: 'notifications', id, overrideAccess: true, depth: 0 })
}

/** Waits until the notification has had `attempts` attempts and recorded what they did. */
function attempted(id: Id, attempts: number): Promise<Notification> {
  return waitFor({
    what: `attempt ${attempts} of notification ${id} recorded`,
    timeoutMs: 15_000,
    check: async () => {
      const note = await read(id)
      // Claimed, both copies still pending and no reason yet: the attempt is under way.
      const recorded = note.emailOutward !== 'pending' || note.robotOutward !== 'pending' || Boolean(note.outwardError)
      return note.outwardAttempts === attempts && recorded ? note : undefined
    },
  })
}

/**
 * A notification saved straight into the database with its copies pending and `attempts` made, as a
 * save leaves it when its process stops before the first attempt (no hooks run), saved `minutesAgo` minutes ago
 * and so due for the sweep (its lease of two minutes has passed) when that is more than two.
 */
async function savedPending(args: { message: string; attempts?: number; minutesAgo?: number; email?: 'pending' | 'sent' }) {
  const at = minutesFromNow(-(args.minutesAgo ?? 0)).toISOString()
  return cms.payload.db.create({
    collection: 'notifications',
    data: {
      recipient: team.copywriter.id,
      kind: 'delivery_failed',
      message: args.message,
      read: false,
      emailOutward: args.email ?? 'pending',
      robotOutward: 'pending',
      outwardAttempts: args.attempts ?? 0,
      outwardNextAt: minutesFromNow(2 - (args.minutesAgo ?? 0)).toISOString(),
      createdAt: at,
      updatedAt: at,
    },
  })
}

async function retryPending(now: Date) {
  const { retryPendingOutward } = await import('../../cms/notify/retryPendingOutward')
  return retryPendingOutward({ payload: cms.payload, now })
}

test('each copy records its fate: sent by e-mail and to the group, or not e-mailed to a user who turned e-mail off', async () => {
  const sentId = await notify(team.copywriter.id, '「春季上新」发布到「品牌微博」：发布失败。')
  const quietNote = await notify(quietId, '「春季上新」海报：发布失败。')
  const sent = await attempted(sentId, 1)
  assert.deepEqual([sent.emailOutward, sent.robotOutward, sent.outwardError], ['sent', 'sent', null])
  const quiet = await attempted(quietNote, 1)
  assert.deepEqual([quiet.emailOutward, quiet.robotOutward], ['off', 'sent'])
  assert.equal(mailsAbout('「春季上新」发布到'), 1)
  // A sweep long after finds nothing pending: nothing goes out twice.
  assert.deepEqual(
    (await retryPending(minutesFromNow(90))).filter((row) => [sentId, quietNote].includes(row.id)),
    [],
  )
  assert.equal(mailsAbout('「春季上新」发布到'), 1)
})

test('a process stopping on purpose first waits for the copies its saves began (the demo seed, a worker), at most the time it is given', async () => {
  const { outwardAttemptsSettled } = await import('../../cms/notify/outwardInFlight')
  // The robot answers after a second, so the save's attempt (begun after its commit, in the background)
  // is still under way when the test reads the notification, even on a loaded machine.
  robot.slowNext({ delayMs: 1_000 })
  const id = await notify(team.copywriter.id, '「元旦快闪」发布到「品牌微博」：发布失败。')
  assert.equal((await read(id)).robotOutward, 'pending')
  assert.equal(await outwardAttemptsSettled({ withinMs: 15_000 }), 0)
  const sent = await read(id)
  assert.deepEqual([sent.outwardAttempts, sent.emailOutward, sent.robotOutward], [1, 'sent', 'sent'])
  assert.equal(mailsAbout('「元旦快闪」'), 1)

  // A robot that answers slowly: the wait ends when its time is up, and says one attempt was still running.
  robot.slowNext({ delayMs: 3_000 })
  try {
    const slow = await notify(team.copywriter.id, '「元旦快闪」海报：发布失败。')
    const started = Date.now()
    assert.equal(await outwardAttemptsSettled({ withinMs: 300 }), 1)
    assert.ok(Date.now() - started < 2_000, 'the wait kept to its time')
    assert.equal(await outwardAttemptsSettled({ withinMs: 15_000 }), 0)
    assert.deepEqual([(await read(slow)).robotOutward, robotPostsAbout('「元旦快闪」海报')], ['sent', 1])
  } finally {
    robot.reset()
  }
})

test('a mail server that is down: the e-mail waits for the sweep, which sends it once when the server is back; the group post is not repeated', async () => {
  await smtp.close()
  const id = await notify(team.copywriter.id, '「双旦礼盒」发布到「品牌服务号」：群发失败。')
  const failed = await attempted(id, 1)
  assert.deepEqual([failed.emailOutward, failed.robotOutward], ['pending', 'sent'])
  assert.match(failed.outwardError ?? '', /^邮件：/)
  const nextIn = new Date(failed.outwardNextAt ?? '').getTime() - Date.now()
  assert.ok(nextIn > 60_000 && nextIn <= 120_000, `the next attempt comes two minutes after this one (in ${nextIn} ms)`)

  // The reason may name the mail server's host: the admin reads it, the recipient does not, at any door.
  const own = await api<Record<string, unknown>>({
    url: cms.url,
    method: 'GET',
    path: `/api/notifications/${id}`,
    token: tokens.copywriter,
  })
  assert.equal(own.status, 200)
  assert.equal(own.body.emailOutward, 'pending')
  assert.equal(own.body.outwardError, undefined)
  const asAdmin = await api<Record<string, unknown>>({ url: cms.url, method: 'GET', path: `/api/notifications/${id}`, token: tokens.admin })
  assert.match(String(asAdmin.body.outwardError), /^邮件：/)
  const graphql = await api<{ data?: { Notification?: { outwardError: string | null; emailOutward: string } } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/graphql',
    token: tokens.copywriter,
    body: { query: `{ Notification(id: ${JSON.stringify(id)}) { outwardError emailOutward } }` },
  })
  assert.equal(graphql.body.data?.Notification?.outwardError ?? null, null, JSON.stringify(graphql.body))
  assert.equal(graphql.body.data?.Notification?.emailOutward, 'pending', JSON.stringify(graphql.body))
  // Nor by filtering or sorting on it, nor by selecting it; a visitor reads no notification at all.
  for (const query of [
    `where[outwardError][like]=${encodeURIComponent('邮件')}`,
    'where[outwardError][exists]=false',
    'sort=outwardError',
  ]) {
    const probed = await api({ url: cms.url, method: 'GET', path: `/api/notifications?${query}&depth=0`, token: tokens.copywriter })
    assert.equal(probed.status, 400, query)
    assert.match(JSON.stringify(probed.body), /cannot be queried: outwardError/, query)
  }
  const selected = await api<{ docs: Record<string, unknown>[] }>({
    url: cms.url,
    method: 'GET',
    path: '/api/notifications?select[outwardError]=true&depth=0',
    token: tokens.copywriter,
  })
  assert.equal(selected.status, 200)
  assert.ok(selected.body.docs.length > 0 && selected.body.docs.every((doc) => !('outwardError' in doc)), JSON.stringify(selected.body))
  const visitor = await api({ url: cms.url, method: 'GET', path: `/api/notifications/${id}` })
  assert.equal(visitor.status, 403)

  smtp = await startSmtpCatcher({ port: smtpPort })
  // Not yet due: the next attempt comes two minutes after the last.
  assert.deepEqual(
    (await retryPending(minutesFromNow(1))).filter((row) => row.id === id),
    [],
  )
  assert.equal(mailsAbout('「双旦礼盒」'), 0)
  const retried = (await retryPending(minutesFromNow(3))).find((row) => row.id === id)
  assert.deepEqual(retried?.channels, { email: 'sent', robot: 'sent' })
  const settled = await read(id)
  assert.deepEqual([settled.emailOutward, settled.outwardAttempts, settled.outwardError, settled.outwardNextAt], ['sent', 2, null, null])
  assert.equal(mailsAbout('「双旦礼盒」'), 1)
  assert.equal(robotPostsAbout('「双旦礼盒」'), 1)
})

test('the recipient cannot change how the copies stand, by REST or GraphQL', async () => {
  const id = await notify(team.copywriter.id, '「年货节」推文：需要修改。')
  await attempted(id, 1)
  const patched = await api({
    url: cms.url,
    method: 'PATCH',
    path: `/api/notifications/${id}`,
    token: tokens.copywriter,
    body: { read: true, emailOutward: 'pending', robotOutward: 'pending', outwardAttempts: 0, outwardError: '改一下' },
  })
  assert.equal(patched.status, 200, JSON.stringify(patched.body))
  await api({
    url: cms.url,
    method: 'POST',
    path: '/api/graphql',
    token: tokens.copywriter,
    body: {
      query: `mutation { updateNotification(id: ${JSON.stringify(id)}, data: { emailOutward: pending, outwardAttempts: 0 }) { id } }`,
    },
  })
  const stored = await read(id)
  assert.deepEqual(
    [stored.read, stored.emailOutward, stored.robotOutward, stored.outwardAttempts, stored.outwardError],
    [true, 'sent', 'sent', 1, null],
  )
})

test('sweeps at once (several workers) make one attempt: one e-mail, one group post', async () => {
  const message = '「会员日」发布到「品牌头条号」：发布失败。'
  const saved = await savedPending({ message, minutesAgo: 3 })
  // Started a few milliseconds apart, so some read the notification after another has claimed it.
  const sweeps = await Promise.all(
    [0, 5, 10, 15, 20].map((delayMs) => new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => retryPending(new Date()))),
  )
  const attempts = sweeps.flat().filter((row) => row.id === saved.id)
  assert.equal(attempts.length, 1, JSON.stringify(sweeps))
  assert.equal(mailsAbout('「会员日」'), 1)
  assert.equal(robotPostsAbout('「会员日」'), 1)
  assert.deepEqual([(await read(saved.id)).emailOutward, (await read(saved.id)).outwardAttempts], ['sent', 1])
})

test('a copy still being sent is not taken by the next sweep: the claim holds it for a lease of two minutes', async () => {
  robot.slowNext({ delayMs: 3_000 })
  const message = '「爆款复盘」发布到「品牌微博」：发布失败。'
  const saved = await savedPending({ message, minutesAgo: 3 })
  const slow = retryPending(new Date())
  await waitFor({
    what: 'the first sweep claimed it',
    timeoutMs: 10_000,
    check: async () => (await read(saved.id)).outwardAttempts === 1 || undefined,
  })
  const meanwhile = await retryPending(minutesFromNow(1))
  assert.deepEqual(
    meanwhile.filter((row) => row.id === saved.id),
    [],
  )
  assert.deepEqual((await slow).find((row) => row.id === saved.id)?.channels, { email: 'sent', robot: 'sent' })
  assert.equal(robotPostsAbout('「爆款复盘」'), 1)
  assert.equal(mailsAbout('「爆款复盘」'), 1)
})

test('a robot that keeps refusing is given up after six attempts in about an hour, with its reason; the e-mail went once', async () => {
  robot.failNext({ errcode: 45009, errmsg: 'api freq out of limit', times: 100 })
  try {
    const id = await notify(team.copywriter.id, '「周年庆」发布到「品牌微博」：发布失败。')
    await attempted(id, 1)
    for (let sweep = 2; sweep <= 6; sweep += 1) {
      // Each wait (2, 5, 10, 20, 30 minutes) has passed.
      const row = (await retryPending(minutesFromNow(31 * (sweep - 1)))).find((retried) => retried.id === id)
      assert.equal(row?.channels.robot, sweep < 6 ? 'pending' : 'failed', `sweep ${sweep}`)
    }
    const given = await read(id)
    assert.deepEqual([given.emailOutward, given.robotOutward, given.outwardAttempts, given.outwardNextAt], ['sent', 'failed', 6, null])
    assert.match(given.outwardError ?? '', /^企业微信群：.*45009/)
    assert.equal((await retryPending(minutesFromNow(600))).filter((row) => row.id === id).length, 0, 'a copy given up is left alone')
    assert.equal(robotPostsAbout('「周年庆」'), 6)
    assert.equal(mailsAbout('「周年庆」'), 1)
  } finally {
    robot.reset()
  }
})

test('the worker sends, on its own, what a process that stopped right after the save never began', async () => {
  const message = '「开学季」发布到「品牌服务号」：群发失败。'
  // The save committed, then its process died before the first attempt: pending, no attempt, three minutes ago.
  const saved = await savedPending({ message, minutesAgo: 3 })
  const worker = await startTestWorker()
  try {
    await waitFor({
      what: 'the worker sweep e-mailed it',
      timeoutMs: 30_000,
      check: async () => mailsAbout('「开学季」') === 1 || undefined,
    })
    await waitFor({
      what: 'the worker sweep posted it',
      timeoutMs: 10_000,
      check: async () => robotPostsAbout('「开学季」') === 1 || undefined,
    })
    const settled = await attempted(saved.id, 1)
    assert.deepEqual([settled.emailOutward, settled.robotOutward], ['sent', 'sent'])
  } finally {
    await worker.stop()
  }
  assert.equal(mailsAbout('「开学季」'), 1)
})

test('the 通知补发 card’s counts: the REST query it sends finds the pending and the given-up notifications, for admins', async () => {
  const { outwardBacklogWhere } = await import('../../cms/admin/Queues/outwardBacklogQuery')
  const waiting = await savedPending({ message: '「备用」待补发', attempts: 1, email: 'sent' })
  const ids = async (where: string, token: string) => {
    const reply = await api<{ docs: { id: Id }[]; totalDocs: number }>({
      url: cms.url,
      method: 'GET',
      path: `/api/notifications?${where}&depth=0&limit=100`,
      token,
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    return reply.body.docs.map((doc) => doc.id)
  }
  const { docs: givenUp } = await cms.payload.find({
    collection: 'notifications',
    where: { robotOutward: { equals: 'failed' } },
    overrideAccess: true,
    depth: 0,
  })
  assert.ok(givenUp.length >= 1, 'the earlier test gave one up')
  assert.deepEqual(await ids(outwardBacklogWhere({ state: 'pending' }), tokens.admin), [waiting.id])
  assert.deepEqual(
    (await ids(outwardBacklogWhere({ state: 'failed', since: minutesFromNow(-7 * 24 * 60) }), tokens.admin)).sort(),
    givenUp.map((doc) => doc.id).sort(),
  )
  assert.deepEqual(
    await ids(outwardBacklogWhere({ state: 'failed', since: minutesFromNow(1) }), tokens.admin),
    [],
    'only those since the date',
  )
})
