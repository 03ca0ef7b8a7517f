import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/** Issue #10, holes 8 and 9: render-sizes checks the right to change the poster first; pasted links are http(s). */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'designer2@test.local', password: PASSWORD, name: '另一位设计师', role: 'designer' },
  })
  for (const role of ['designer', 'editor'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  tokens.otherDesigner = await login({ url: cms.url, email: 'designer2@test.local', password: PASSWORD })
})
after(async () => cms?.close())

const mediaFiles = () => (fs.existsSync(path.join(cms.dataDir, 'media')) ? fs.readdirSync(path.join(cms.dataDir, 'media')).length : 0)
const mediaDocs = async () => (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

describe('render-sizes: no file is written for someone who may not change the poster', () => {
  const poster = (title: string, status: string) =>
    makeDoc({
      payload: cms.payload,
      collection: 'posters',
      data: { title, template: 'night', headline: '周四会员日', copy: '积分翻倍', status, owner: team.designer.id },
    })

  const refusedWithNothingWritten = async (args: { id: Id; token: string }) => {
    const before = { files: mediaFiles(), docs: await mediaDocs() }
    const reply = await api<{ errors?: { message: string }[] }>({
      url: cms.url,
      method: 'POST',
      path: `/api/posters/${args.id}/render-sizes`,
      token: args.token,
    })
    assert.equal(reply.status, 403, JSON.stringify(reply.body))
    assert.match(String(reply.body.errors?.[0]?.message), /不能由你修改.*不能为它生成各尺寸/)
    assert.deepEqual({ files: mediaFiles(), docs: await mediaDocs() }, before)
    assert.deepEqual((await readRaw({ payload: cms.payload, collection: 'posters', id: args.id }))?.sizes ?? [], [])
  }

  test("another designer's poster", async () => {
    await refusedWithNothingWritten({ id: await poster('别人的海报', 'draft'), token: tokens.otherDesigner })
  })

  test('their own poster once it is in review (authors edit drafts only)', async () => {
    await refusedWithNothingWritten({ id: await poster('审核中的海报', 'in_review'), token: tokens.designer })
  })
})

describe('mark-published stores http(s) links only', () => {
  let delivery: Id

  before(async () => {
    const account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'toutiao', name: '头条号' } })
    const article = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '手动发布的文章', body: '正文', status: 'approved', owner: team.editor.id },
    })
    delivery = await makeDoc({
      payload: cms.payload,
      collection: 'deliveries',
      data: { content: { relationTo: 'articles', value: article }, account, revision: '1', state: 'manual', attempts: 0 },
    })
  })

  for (const url of [
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mp.weixin.qq.com/s/abc',
  ]) {
    test(`refuses ${url.trim()}`, async () => {
      const reply = await api<{ errors?: { message: string }[] }>({
        url: cms.url,
        method: 'POST',
        path: `/api/deliveries/${delivery}/mark-published`,
        token: tokens.editor,
        body: { url },
      })
      assert.equal(reply.status, 400)
      assert.match(String(reply.body.errors?.[0]?.message), /以 http:\/\/ 或 https:\/\/ 开头/)
      const stored = await readRaw({ payload: cms.payload, collection: 'deliveries', id: delivery })
      assert.deepEqual([stored?.state, stored?.url ?? null], ['manual', null])
    })
  }
})
