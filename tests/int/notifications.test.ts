import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startSmtpCatcher, type SmtpCatcher } from '../fakes/smtp'
import { startWecomRobotFake, type WecomRobotFake } from '../fakes/wecom'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { waitFor } from '../helpers/waitFor'

/** A notification reaches its recipient in the admin, by e-mail (unless they opted out) and in the team's 企业微信 group. */
let cms: TestCms
let smtp: SmtpCatcher
let robot: WecomRobotFake
let team: Awaited<ReturnType<typeof createTeam>>
let quiet: { id: Id; email: string }
const tokens: Record<string, string> = {}
const PUBLIC_URL = 'https://cms.example.com'

type RobotBody = { msgtype: string; markdown: { content: string } }
const robotTexts = () => robot.bodies().map((body) => (body as RobotBody).markdown.content)

before(async () => {
  smtp = await startSmtpCatcher()
  robot = await startWecomRobotFake()
  // lib/env reads these once, when the config loads inside startTestCms.
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = '内容中台 <cms@example.com>'
  process.env.WECOM_WEBHOOK_URL = robot.url
  process.env.PUBLIC_URL = PUBLIC_URL
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const doc = await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'quiet@test.local', password: PASSWORD, name: '不收邮件的文案', role: 'copywriter', notifyByEmail: false },
  })
  quiet = { id: doc.id, email: 'quiet@test.local' }
  for (const role of ['editor', 'copywriter', 'admin'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  tokens.quiet = await login({ url: cms.url, email: quiet.email, password: PASSWORD })
})
after(async () => {
  await cms?.close()
  await smtp?.close()
  await robot?.close()
})

async function inReview(title: string, owner: Id): Promise<Id> {
  return makeDoc({ payload: cms.payload, collection: 'articles', data: { title, body: '干净的正文', status: 'in_review', owner } })
}
function requestChanges(id: Id, comment: string) {
  return api({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${id}/transition`,
    token: tokens.editor,
    body: { event: 'request_changes', comment },
  })
}
const mailTo = (email: string, title: string) =>
  waitFor({
    what: `an e-mail to ${email} about ${title}`,
    timeoutMs: 10_000,
    check: async () => smtp.messages().find((mail) => mail.to.includes(email) && mail.subject.includes(title)),
  })
const robotAbout = (title: string) =>
  waitFor({
    what: `the robot told about ${title}`,
    timeoutMs: 10_000,
    check: async () => robotTexts().find((text) => text.includes(title)),
  })

describe('changes requested', () => {
  test('reach the copywriter by e-mail and the group robot, linking the item under PUBLIC_URL', async () => {
    const id = await inReview('双十二预热推文', team.copywriter.id)
    const reply = await requestChanges(id, '标题太长，请改短')
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const link = `${PUBLIC_URL}/admin/collections/articles/${id}`

    const mail = await mailTo(team.copywriter.email, '双十二预热推文')
    assert.equal(mail.from, 'cms@example.com')
    assert.match(mail.subject, /^【内容中台】《双十二预热推文》需要修改/)
    assert.match(mail.text, /标题太长，请改短/)
    assert.ok(mail.text.includes(link), mail.text)

    const text = await robotAbout('双十二预热推文')
    const body = robot.bodies().find((b) => (b as RobotBody).markdown.content === text)
    assert.equal((body as RobotBody).msgtype, 'markdown')
    assert.ok(text.includes(`[打开查看](${link})`), text)
    assert.match(text, /给 copywriter 的通知/)
  })

  test('a user who turned e-mail off gets none; the group robot still hears of it', async () => {
    const id = await inReview('不发邮件的稿子', quiet.id)
    assert.equal((await requestChanges(id, '请补充活动时间')).status, 200)
    await robotAbout('不发邮件的稿子')
    // The e-mail would go out beside the robot's message; give it time to arrive if it were sent.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    assert.equal(smtp.messages().filter((mail) => mail.to.includes(quiet.email)).length, 0)
    const unread = await api<{ totalDocs: number }>({
      url: cms.url,
      method: 'GET',
      path: '/api/notifications?where[read][equals]=false&limit=0',
      token: tokens.quiet,
    })
    assert.equal(unread.body.totalDocs, 1, 'the admin still shows it')
  })

  test('a robot that refuses (errcode 93000) does not fail the transition, and the e-mail still goes', async () => {
    robot.failNext({ errcode: 93000, errmsg: 'invalid webhook url', times: 5 })
    const id = await inReview('机器人拒收的稿子', team.copywriter.id)
    const reply = await requestChanges(id, '配图太暗')
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const stored = await cms.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })
    assert.equal(stored.status, 'changes_requested')
    await mailTo(team.copywriter.email, '机器人拒收的稿子')
    await robotAbout('机器人拒收的稿子')
    robot.reset()
  })

  test('a robot that does not answer neither delays nor fails the transition', async () => {
    robot.slowNext({ delayMs: 8_000 })
    const id = await inReview('机器人很慢的稿子', team.copywriter.id)
    const started = Date.now()
    const reply = await requestChanges(id, '结尾加上活动链接')
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.ok(Date.now() - started < 3_000, `the transition took ${Date.now() - started} ms`)
    await mailTo(team.copywriter.email, '机器人很慢的稿子')
  })
})

test('a notification rolled back with its transaction is never sent', async () => {
  const { createLocalReq, initTransaction, killTransaction } = await import('payload')
  const req = await createLocalReq({}, cms.payload)
  await initTransaction(req)
  await cms.payload.create({
    collection: 'notifications',
    overrideAccess: true,
    req,
    data: { recipient: team.copywriter.id, kind: 'changes_requested', message: '回滚了的通知', read: false },
  })
  await killTransaction(req)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  assert.equal(smtp.messages().filter((mail) => mail.subject.includes('回滚了的通知')).length, 0)
  assert.equal(robotTexts().filter((text) => text.includes('回滚了的通知')).length, 0)
})

test('one event to several people (a failed post: owner and approver) reaches the group once, naming both; each gets an e-mail', async () => {
  const { createLocalReq } = await import('payload')
  const { notifyUser } = await import('../../cms/review/notifyUser')
  const id = await inReview('发布失败的稿子', team.copywriter.id)
  const req = await createLocalReq({}, cms.payload)
  const message = '「发布失败的稿子」发布到「品牌微博」：发布失败。'
  for (const recipient of [team.copywriter.id, team.admin.id])
    await notifyUser({ req, recipient, kind: 'delivery_failed', message, doc: { relationTo: 'articles', value: id } })
  await mailTo(team.copywriter.email, '发布失败的稿子')
  await mailTo(team.admin.email, '发布失败的稿子')
  const text = await robotAbout('发布失败的稿子')
  assert.match(text, /给 copywriter、admin 的通知/)
  // Past the gathering window: still one post in the group.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  assert.equal(robotTexts().filter((candidate) => candidate.includes('发布失败的稿子')).length, 1)
})

test('notifyReviewers tells every editor, never the submitter, by e-mail too', async () => {
  const { createLocalReq } = await import('payload')
  const { notifyReviewers } = await import('../../cms/review/notifyUser')
  const id = await inReview('等编辑审核的稿', team.copywriter.id)
  const req = await createLocalReq({}, cms.payload)
  await notifyReviewers({
    req,
    doc: { relationTo: 'articles', value: id },
    title: '等编辑审核的稿',
    submitter: { id: team.copywriter.id, name: '小李' },
  })
  const notes = await cms.payload.find({
    collection: 'notifications',
    overrideAccess: true,
    where: { kind: { equals: 'review_requested' } },
    depth: 0,
  })
  assert.deepEqual(
    notes.docs.map((note) => note.recipient),
    [team.editor.id],
  )
  assert.equal(notes.docs[0].message, '小李提交了《等编辑审核的稿》，等待审核。')
  const mail = await mailTo(team.editor.email, '等编辑审核的稿')
  assert.ok(mail.text.includes(`${PUBLIC_URL}/admin/collections/articles/${id}`))
})

describe('unread count per user (REST, what the header badge asks)', () => {
  const unread = (token: string, recipient?: Id) =>
    api<{ totalDocs: number }>({
      url: cms.url,
      method: 'GET',
      path: `/api/notifications?where[read][equals]=false${recipient === undefined ? '' : `&where[recipient][equals]=${recipient}`}&limit=0`,
      token,
    })

  test('each person counts only their own; reading them clears the count; nobody marks another’s', async () => {
    const before = (await unread(tokens.copywriter)).body.totalDocs
    assert.ok(before >= 3, `copywriter has ${before}`)
    assert.equal((await unread(tokens.editor, team.editor.id)).body.totalDocs, 1, 'the editor has only the review request')
    const others = await cms.payload.find({
      collection: 'notifications',
      overrideAccess: true,
      where: { recipient: { equals: quiet.id } },
      depth: 0,
    })
    const othersNote = others.docs[0]
    assert.ok(othersNote)
    const refused = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/notifications/${othersNote.id}`,
      token: tokens.copywriter,
      body: { read: true },
    })
    assert.ok([403, 404].includes(refused.status), `status ${refused.status}`)

    const marked = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/notifications?where[recipient][equals]=${team.copywriter.id}&where[read][equals]=false`,
      token: tokens.copywriter,
      body: { read: true },
    })
    assert.equal(marked.status, 200, JSON.stringify(marked.body))
    assert.equal((await unread(tokens.copywriter)).body.totalDocs, 0)
    assert.equal((await unread(tokens.quiet)).body.totalDocs, 1, 'another person’s stay unread')
  })
})
