import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * 内容运营 and 编导 (issue #14): an operator schedules, publishes and retries only for the accounts an
 * admin assigned to them, through every door (REST, GraphQL, the batch, moving a slot), and approves
 * nothing; a 编导 writes videos with a 分镜 script and submits them, and approves nothing either.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const users: Record<string, Id> = {}
const accounts: Record<'mine' | 'mineToo' | 'theirs', Id> = { mine: 0, mineToo: 0, theirs: 0 }
let counter = 0
const later = (days: number) => new Date(Date.now() + days * 86_400_000 + ++counter * 60_000).toISOString()

type Reply = { doc?: { id: Id; state?: string; status?: string }; errors?: { message: string; slot?: number }[]; message?: string }
const rest = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, token: string, body?: unknown) =>
  api<Reply>({ url: cms.url, method, path, token, body })
const messageOf = (reply: { body: Reply }) => (reply.body.errors ?? []).map((e) => e.message).join('；')

async function graphql(
  token: string,
  query: string,
): Promise<{ data?: Record<string, { id: Id } | null> | null; errors?: { message: string }[] }> {
  const reply = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ query }),
  })
  return (await reply.json()) as { data?: Record<string, { id: Id } | null> | null; errors?: { message: string }[] }
}

async function article(status: 'approved' | 'in_review'): Promise<Id> {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: `文章 ${++counter}`, body: '会员日满 199 减 30。', digest: '会员日', status, owner: team.copywriter.id },
  })
  if (status === 'approved') {
    const v = await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })
    await cms.payload.db.updateOne({
      collection: 'articles',
      id,
      data: { approvedVersion: String(v.docs[0].id), approvedBy: team.editor.id },
    })
  }
  return id
}

const slot = (content: Id, account: Id) => ({ content: { relationTo: 'articles', value: content }, account, publishAt: later(3) })
const entryCount = async () => (await cms.payload.count({ collection: 'calendar-entries', overrideAccess: true })).totalDocs
const deliveryCount = async () => (await cms.payload.count({ collection: 'deliveries', overrideAccess: true })).totalDocs

/** A slot an editor made, on whatever account. */
async function editorEntry(account: Id): Promise<Id> {
  const reply = await rest('POST', '/api/calendar-entries', tokens.editor, slot(await article('approved'), account))
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  return reply.body.doc?.id ?? 0
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const account = (name: string) => makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name } })
  accounts.mine = await account('门店公众号')
  accounts.mineToo = await account('会员公众号')
  accounts.theirs = await account('品牌公众号')
  for (const role of ['operator', 'video_producer'] as const) {
    const assigned = role === 'operator' ? [accounts.mine, accounts.mineToo] : []
    const doc = await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `${role}@test.local`, password: PASSWORD, name: role, role, accounts: assigned },
    })
    users[role] = doc.id
  }
  for (const role of ['editor', 'copywriter', 'designer', 'operator', 'video_producer'] as const)
    tokens[role] = await login({ url: cms.url, email: `${role}@test.local`, password: PASSWORD })
})
after(async () => cms?.close())

describe('an operator schedules only on the accounts assigned to them', () => {
  test('REST: a slot on an unassigned account is refused naming it; on an assigned account it is scheduled', async () => {
    const content = await article('approved')
    const before = await entryCount()
    const refused = await rest('POST', '/api/calendar-entries', tokens.operator, slot(content, accounts.theirs))
    assert.equal(refused.status, 403, JSON.stringify(refused.body))
    assert.match(messageOf(refused), /你没有负责账号「品牌公众号」，不能给它排期/)
    assert.equal(await entryCount(), before, 'nothing was written')
    const ok = await rest('POST', '/api/calendar-entries', tokens.operator, slot(content, accounts.mine))
    assert.equal(ok.status, 201, JSON.stringify(ok.body))
    assert.equal((await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: ok.body.doc?.id ?? 0 }))?.state, 'scheduled')
  })

  test('GraphQL: createCalendarEntry and updateCalendarEntry onto an unassigned account are refused', async () => {
    const content = await article('approved')
    const before = await entryCount()
    const at = later(4)
    const create = (account: Id) =>
      graphql(
        tokens.operator,
        `mutation { createCalendarEntry(data: { content: { relationTo: articles, value: ${JSON.stringify(content)} }, account: ${JSON.stringify(account)}, publishAt: "${at}", publishAt_tz: Asia_Shanghai, state: planned }) { id } }`,
      )
    const refused = await create(accounts.theirs)
    assert.ok(refused.errors?.length, JSON.stringify(refused))
    assert.match(refused.errors?.[0]?.message ?? '', /品牌公众号/)
    assert.equal(await entryCount(), before)
    const created = await create(accounts.mine)
    assert.equal(created.errors, undefined, JSON.stringify(created))
    const id = created.data?.createCalendarEntry?.id
    assert.ok(id)
    const moved = await graphql(
      tokens.operator,
      `mutation { updateCalendarEntry(id: ${JSON.stringify(id)}, data: { account: ${JSON.stringify(accounts.theirs)} }) { id } }`,
    )
    assert.ok(moved.errors?.length, JSON.stringify(moved))
    assert.match(moved.errors?.[0]?.message ?? '', /你没有负责账号「品牌公众号」/)
    const stored = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id })
    assert.equal(String(stored?.account), String(accounts.mine), 'the slot stayed where it was')
    const movedOk = await graphql(
      tokens.operator,
      `mutation { updateCalendarEntry(id: ${JSON.stringify(id)}, data: { account: ${JSON.stringify(accounts.mineToo)} }) { id } }`,
    )
    assert.equal(movedOk.errors, undefined, JSON.stringify(movedOk))
  })

  test('moving a slot to an unassigned account, or away from one, or deleting one there is refused; editors move anything', async () => {
    const mine = await editorEntry(accounts.mine)
    const to = await rest('PATCH', `/api/calendar-entries/${mine}`, tokens.operator, { account: accounts.theirs })
    assert.equal(to.status, 403, JSON.stringify(to.body))
    assert.match(messageOf(to), /你没有负责账号「品牌公众号」，不能给它排期/)
    assert.equal(
      String((await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: mine }))?.account),
      String(accounts.mine),
    )
    const theirs = await editorEntry(accounts.theirs)
    const from = await rest('PATCH', `/api/calendar-entries/${theirs}`, tokens.operator, { account: accounts.mine })
    assert.equal(from.status, 403, JSON.stringify(from.body))
    assert.match(messageOf(from), /你没有负责账号「品牌公众号」，不能改动它的排期/)
    const retimed = await rest('PATCH', `/api/calendar-entries/${theirs}`, tokens.operator, { publishAt: later(5) })
    assert.equal(retimed.status, 403)
    const removed = await rest('DELETE', `/api/calendar-entries/${theirs}`, tokens.operator)
    assert.equal(removed.status, 403)
    assert.ok(await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: theirs }), 'the slot is kept')
    // A query-wide change reaches only the operator's own slots.
    const bulk = await rest('PATCH', `/api/calendar-entries?where[id][equals]=${theirs}`, tokens.operator, { title: '改了别人的' })
    assert.notEqual(
      (await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: theirs }))?.title,
      '改了别人的',
      JSON.stringify(bulk.body),
    )
    const own = await rest('PATCH', `/api/calendar-entries/${mine}`, tokens.operator, { publishAt: later(6) })
    assert.equal(own.status, 200, JSON.stringify(own.body))
    const editorMoves = await rest('PATCH', `/api/calendar-entries/${theirs}`, tokens.editor, { account: accounts.mine })
    assert.equal(editorMoves.status, 200, JSON.stringify(editorMoves.body))
  })

  test('the batch is all or nothing: one unassigned account refuses the whole batch, naming it', async () => {
    const content = await article('approved')
    const before = await entryCount()
    const body = (accountIds: Id[]) => ({
      content: { relationTo: 'articles', value: content },
      slots: accountIds.map((account) => ({ account, publishAt: later(7) })),
    })
    const refused = await rest('POST', '/api/calendar-entries/batch', tokens.operator, body([accounts.mine, accounts.theirs]))
    assert.equal(refused.status, 403, JSON.stringify(refused.body))
    assert.deepEqual(
      refused.body.errors?.map((e) => e.slot),
      [1],
    )
    assert.match(messageOf(refused), /你没有负责账号「品牌公众号」，不能给它排期/)
    assert.equal(await entryCount(), before, 'nothing was created')
    const ok = await rest('POST', '/api/calendar-entries/batch', tokens.operator, body([accounts.mine, accounts.mineToo]))
    assert.equal(ok.status, 201, JSON.stringify(ok.body))
    assert.equal(await entryCount(), before + 2)
  })

  test('only approved content: approval is the editors’ call', async () => {
    const reply = await rest('POST', '/api/calendar-entries', tokens.operator, slot(await article('in_review'), accounts.mine))
    assert.equal(reply.status, 403, JSON.stringify(reply.body))
    assert.match(messageOf(reply), /已定稿/)
  })

  test('copywriters, designers and video producers do not schedule at all', async () => {
    const content = await article('approved')
    for (const role of ['copywriter', 'designer', 'video_producer'] as const) {
      const reply = await rest('POST', '/api/calendar-entries', tokens[role], slot(content, accounts.mine))
      assert.equal(reply.status, 403, role)
      const batch = await rest('POST', '/api/calendar-entries/batch', tokens[role], {
        content: { relationTo: 'articles', value: content },
        slots: [{ account: accounts.mine, publishAt: later(2) }],
      })
      assert.equal(batch.status, 403, role)
    }
  })
})

describe('an operator publishes and follows deliveries only for their accounts', () => {
  test('publish now on an unassigned account is refused naming it, and no delivery is made', async () => {
    const content = await article('approved')
    const before = await deliveryCount()
    const reply = await rest('POST', '/api/deliveries', tokens.operator, {
      content: { relationTo: 'articles', value: content },
      account: accounts.theirs,
    })
    assert.equal(reply.status, 403, JSON.stringify(reply.body))
    assert.match(messageOf(reply), /你没有负责账号「品牌公众号」，不能用它发布/)
    assert.equal(await deliveryCount(), before)
  })

  test('reads only their accounts’ deliveries, and cannot retry another account’s', async () => {
    const content = { relationTo: 'articles', value: await article('approved') }
    const own = await makeDoc({
      payload: cms.payload,
      collection: 'deliveries',
      data: { content, account: accounts.mine, state: 'failed' },
    })
    const other = await makeDoc({
      payload: cms.payload,
      collection: 'deliveries',
      data: { content, account: accounts.theirs, state: 'failed' },
    })
    const list = await api<{ docs: { id: Id }[] }>({
      url: cms.url,
      method: 'GET',
      path: '/api/deliveries?limit=100&depth=0',
      token: tokens.operator,
    })
    assert.equal(list.status, 200)
    const ids = list.body.docs.map((d) => String(d.id))
    assert.ok(ids.includes(String(own)))
    assert.ok(!ids.includes(String(other)), 'another account’s delivery is not shown')
    assert.equal((await rest('GET', `/api/deliveries/${other}`, tokens.operator)).status, 404)
    const retry = await rest('POST', `/api/deliveries/${other}/retry`, tokens.operator, {})
    assert.ok([403, 404].includes(retry.status), JSON.stringify(retry.body))
    assert.equal((await readRaw({ payload: cms.payload, collection: 'deliveries', id: other }))?.state, 'failed')
    const all = await api<{ docs: { id: Id }[] }>({
      url: cms.url,
      method: 'GET',
      path: '/api/deliveries?limit=100&depth=0',
      token: tokens.editor,
    })
    assert.ok(
      all.body.docs.some((d) => String(d.id) === String(other)),
      'editors read every delivery',
    )
  })
})

describe('the other doors an operator might try', () => {
  test('duplicating, deleting through GraphQL and deciding held deliveries of an unassigned account are refused', async () => {
    const theirs = await editorEntry(accounts.theirs)
    const before = await entryCount()
    const duplicated = await rest('POST', `/api/calendar-entries/${theirs}/duplicate`, tokens.operator, {})
    assert.ok([403, 404].includes(duplicated.status), JSON.stringify(duplicated.body))
    const duplicatedGraphql = await graphql(tokens.operator, `mutation { duplicateCalendarEntry(id: ${JSON.stringify(theirs)}) { id } }`)
    assert.ok(duplicatedGraphql.errors?.length, JSON.stringify(duplicatedGraphql))
    const deleted = await graphql(tokens.operator, `mutation { deleteCalendarEntry(id: ${JSON.stringify(theirs)}) { id } }`)
    assert.ok(deleted.errors?.length, JSON.stringify(deleted))
    assert.match(deleted.errors?.[0]?.message ?? '', /品牌公众号/)
    assert.equal(await entryCount(), before, 'no slot was added or removed')
    const content = { relationTo: 'articles', value: await article('approved') }
    const held = await makeDoc({
      payload: cms.payload,
      collection: 'deliveries',
      data: { content, account: accounts.theirs, state: 'held' },
    })
    for (const decision of ['release', 'cancel']) {
      const reply = await rest('POST', `/api/deliveries/${held}/${decision}`, tokens.operator, {})
      assert.ok([403, 404].includes(reply.status), `${decision}: ${JSON.stringify(reply.body)}`)
    }
    assert.equal((await readRaw({ payload: cms.payload, collection: 'deliveries', id: held }))?.state, 'held')
    const own = await makeDoc({ payload: cms.payload, collection: 'deliveries', data: { content, account: accounts.mine, state: 'held' } })
    const listed = await graphql(tokens.operator, '{ Deliveries(limit: 100) { docs { id } } }')
    assert.equal(listed.errors, undefined, JSON.stringify(listed))
    const ids = ((listed.data?.Deliveries as unknown as { docs: { id: Id }[] } | null)?.docs ?? []).map((d) => String(d.id))
    assert.ok(ids.includes(String(own)))
    assert.ok(!ids.includes(String(held)), 'GraphQL shows an operator only their accounts’ deliveries')
  })
})

describe('编导 and 内容运营 in review', () => {
  test('a 编导 writes a video with a 分镜 script and submits it, and cannot approve it', async () => {
    const created = await rest('POST', '/api/videos', tokens.video_producer, {
      title: '冬日羊肉汤 vlog',
      stage: 'script',
      script: [
        { scene: '后厨', shot: '特写', duration: 5, line: '凌晨四点，汤锅已经滚了。' },
        { scene: '门店', shot: '全景', duration: 8, line: '会员每周三领一份暖身小料。' },
      ],
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const id = created.body.doc?.id ?? 0
    const stored = await readRaw({ payload: cms.payload, collection: 'videos', id })
    assert.equal(String(stored?.owner), String(users.video_producer))
    const script = await cms.payload.findByID({ collection: 'videos', id, depth: 0, overrideAccess: true })
    assert.deepEqual(
      script.script?.map((row) => [row.scene, row.shot, row.duration]),
      [
        ['后厨', '特写', 5],
        ['门店', '全景', 8],
      ],
    )
    const submitted = await rest('POST', `/api/videos/${id}/transition`, tokens.video_producer, { event: 'submit' })
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body))
    for (const role of ['video_producer', 'operator'] as const) {
      const approve = await rest('POST', `/api/videos/${id}/transition`, tokens[role], { event: 'approve' })
      assert.equal(approve.status, 403, role)
    }
    assert.equal((await readRaw({ payload: cms.payload, collection: 'videos', id }))?.status, 'in_review')
    // The designer comments on the cut as themselves, whatever author the request names.
    const comment = await rest('POST', '/api/comments', tokens.designer, {
      doc: { relationTo: 'videos', value: id },
      body: '第二个镜头换成竖屏构图',
      author: users.video_producer,
    })
    assert.equal(comment.status, 201, JSON.stringify(comment.body))
    const storedComment = await readRaw({ payload: cms.payload, collection: 'comments', id: comment.body.doc?.id ?? 0 })
    assert.equal(String(storedComment?.author), String(team.designer.id))
    const missing = await rest('POST', '/api/comments', tokens.designer, { doc: { relationTo: 'videos', value: 999999 }, body: '找不到' })
    assert.ok([400, 404].includes(missing.status), JSON.stringify(missing.body))
    const approved = await rest('POST', `/api/videos/${id}/transition`, tokens.editor, { event: 'approve' })
    assert.equal(approved.status, 200, JSON.stringify(approved.body))
  })

  test('an operator writes and submits a note, and cannot approve it', async () => {
    const created = await rest('POST', '/api/notes', tokens.operator, {
      title: '周三会员日攻略',
      body: '满 199 减 30。',
      topics: ['会员日'],
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const id = created.body.doc?.id ?? 0
    assert.equal((await rest('POST', `/api/notes/${id}/transition`, tokens.operator, { event: 'submit' })).status, 200)
    const approve = await rest('POST', `/api/notes/${id}/transition`, tokens.operator, { event: 'approve' })
    assert.equal(approve.status, 403)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'notes', id }))?.status, 'in_review')
  })
})

describe('assigned accounts on the user', () => {
  test('the operator reads their own, a copywriter does not see them, and only admins assign', async () => {
    const own = await api<{ accounts?: unknown[] }>({
      url: cms.url,
      method: 'GET',
      path: `/api/users/${users.operator}?depth=0`,
      token: tokens.operator,
    })
    assert.deepEqual(own.body.accounts?.map(String).sort(), [accounts.mine, accounts.mineToo].map(String).sort())
    const seen = await api<{ accounts?: unknown[] }>({
      url: cms.url,
      method: 'GET',
      path: `/api/users/${users.operator}?depth=0`,
      token: tokens.copywriter,
    })
    assert.equal(seen.status, 200)
    assert.equal(seen.body.accounts, undefined)
    const editorSees = await api<{ accounts?: unknown[] }>({
      url: cms.url,
      method: 'GET',
      path: `/api/users/${users.operator}?depth=0`,
      token: tokens.editor,
    })
    assert.equal(editorSees.body.accounts?.length, 2)
    await rest('PATCH', `/api/users/${users.operator}`, tokens.operator, { accounts: [accounts.mine, accounts.mineToo, accounts.theirs] })
    const stored = await cms.payload.findByID({ collection: 'users', id: users.operator, depth: 0, overrideAccess: true })
    assert.equal(stored.accounts?.length, 2, 'an operator cannot assign themselves an account')
  })
  test('a signed-in request carries the assigned accounts as ids, without reading the accounts themselves', async () => {
    const signedIn = await cms.payload.auth({ headers: new Headers({ authorization: `JWT ${tokens.operator}` }) })
    assert.deepEqual(signedIn.user?.accounts?.map(String).sort(), [accounts.mine, accounts.mineToo].map(String).sort())
    const me = await api<{ user?: { accounts?: unknown[] } }>({
      url: cms.url,
      method: 'GET',
      path: '/api/users/me',
      token: tokens.operator,
    })
    assert.deepEqual(me.body.user?.accounts?.map(String).sort(), [accounts.mine, accounts.mineToo].map(String).sort())
  })
})
