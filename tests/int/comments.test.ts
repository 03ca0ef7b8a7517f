import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Comments on a 编导's video through REST, as the comments panel (cms/admin/Comments) makes them: the
 * copywriter and the designer each add one as themselves; only its author or an admin edits or deletes
 * it; nobody signed out reads or writes any.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let video: Id
const tokens: Record<string, string> = {}

type CommentDoc = { id: Id; body: string; author: Id | { id: Id; name: string } | null }
const authorId = (comment: CommentDoc) => (comment.author && typeof comment.author === 'object' ? comment.author.id : comment.author)

const comment = (who: string, body: unknown) =>
  api<{ doc?: CommentDoc; errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: '/api/comments',
    token: tokens[who],
    body,
  })

const listPath = () => `/api/comments?where[doc.relationTo][equals]=videos&where[doc.value][equals]=${video}&sort=createdAt&depth=1`

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const producer = await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'producer@test.local', password: PASSWORD, name: '编导小王', role: 'video_producer' },
  })
  video = await makeDoc({
    payload: cms.payload,
    collection: 'videos',
    data: { title: '新品开箱 粗剪', status: 'draft', stage: 'rough_cut', owner: producer.id },
  })
  for (const [who, email] of [
    ['producer', 'producer@test.local'],
    ['copywriter', team.copywriter.email],
    ['designer', team.designer.email],
    ['admin', team.admin.email],
  ] as const) {
    tokens[who] = await login({ url: cms.url, email, password: PASSWORD })
  }
})
after(async () => cms?.close())

test('the copywriter and the designer comment on the 编导’s video, each as themselves', async () => {
  const fromWriter = await comment('copywriter', {
    doc: { relationTo: 'videos', value: video },
    body: '第 3 个镜头的口播和标题不一致',
    author: team.admin.id,
  })
  assert.equal(fromWriter.status, 201, JSON.stringify(fromWriter.body))
  assert.equal(
    String(fromWriter.body.doc && authorId(fromWriter.body.doc)),
    String(team.copywriter.id),
    'the author is the writer, whatever the body says',
  )
  const fromDesigner = await comment('designer', { doc: { relationTo: 'videos', value: video }, body: '片尾字幕换成品牌色' })
  assert.equal(fromDesigner.status, 201, JSON.stringify(fromDesigner.body))

  const list = await api<{ docs: CommentDoc[] }>({ url: cms.url, method: 'GET', path: listPath(), token: tokens.producer })
  assert.equal(list.status, 200)
  assert.deepEqual(
    list.body.docs.map((doc) => [doc.body, typeof doc.author === 'object' ? doc.author?.name : null]),
    [
      ['第 3 个镜头的口播和标题不一致', 'copywriter'],
      ['片尾字幕换成品牌色', 'designer'],
    ],
    'the 编导 reads both, oldest first, with who wrote them',
  )
})

test('only the author or an admin edits or deletes a comment', async () => {
  const created = await comment('copywriter', { doc: { relationTo: 'videos', value: video }, body: '封面字太小' })
  assert.equal(created.status, 201)
  const id = created.body.doc?.id
  const patch = (who: string, body: string) =>
    api({ url: cms.url, method: 'PATCH', path: `/api/comments/${id}`, token: tokens[who], body: { body } })

  const byDesigner = await patch('designer', '改掉别人的评论')
  assert.ok([403, 404].includes(byDesigner.status), `designer edits another's comment: ${byDesigner.status}`)
  const byProducer = await api({ url: cms.url, method: 'DELETE', path: `/api/comments/${id}`, token: tokens.producer })
  assert.ok([403, 404].includes(byProducer.status), `the item's owner deletes another's comment: ${byProducer.status}`)
  const stored = await cms.payload.findByID({ collection: 'comments', id: id ?? '', overrideAccess: true, depth: 0 })
  assert.equal(stored.body, '封面字太小', 'nothing changed')

  const byAuthor = await patch('copywriter', '封面字太小，建议加粗')
  assert.equal(byAuthor.status, 200, JSON.stringify(byAuthor.body))
  const byAdmin = await patch('admin', '封面字太小，建议加粗（已处理）')
  assert.equal(byAdmin.status, 200, JSON.stringify(byAdmin.body))
  const after = await cms.payload.findByID({ collection: 'comments', id: id ?? '', overrideAccess: true, depth: 0 })
  assert.equal(String(after.author), String(team.copywriter.id), 'an admin’s edit keeps the author')

  const deleted = await api({ url: cms.url, method: 'DELETE', path: `/api/comments/${id}`, token: tokens.admin })
  assert.equal(deleted.status, 200, JSON.stringify(deleted.body))
  const mine = await comment('designer', { doc: { relationTo: 'videos', value: video }, body: '我自己删' })
  const ownDelete = await api({ url: cms.url, method: 'DELETE', path: `/api/comments/${mine.body.doc?.id}`, token: tokens.designer })
  assert.equal(ownDelete.status, 200, 'the author deletes their own')
})

test('signed out: no comment is read or written', async () => {
  const write = await api({
    url: cms.url,
    method: 'POST',
    path: '/api/comments',
    body: { doc: { relationTo: 'videos', value: video }, body: '匿名' },
  })
  assert.ok([401, 403].includes(write.status), `anonymous write: ${write.status}`)
  const read = await api<{ docs?: unknown[] }>({ url: cms.url, method: 'GET', path: listPath() })
  assert.ok([401, 403].includes(read.status), `anonymous read: ${read.status} ${JSON.stringify(read.body)}`)
  const count = await cms.payload.count({ collection: 'comments', where: { body: { equals: '匿名' } }, overrideAccess: true })
  assert.equal(count.totalDocs, 0)
})
