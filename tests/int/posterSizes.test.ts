import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { ensureCjkFont } from '../helpers/cjkFont'
import { createTeam, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

before(async () => {
  ensureCjkFont()
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['designer', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
})
after(async () => cms?.close())

test('a designer fills a template and gets a PNG in every poster size, linked to the poster', async () => {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'posters',
    data: { title: '会员日', template: 'night', headline: '周四会员日', copy: '积分翻倍 · 新品试吃', owner: team.designer.id },
  })
  const reply = await api<{ sizes: { size: string; image: number }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/posters/${id}/render-sizes`,
    token: tokens.designer,
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  const poster = await readRaw({ payload: cms.payload, collection: 'posters', id })
  const sizes = poster?.sizes as { size: string; image: number }[]
  assert.deepEqual(
    sizes.map((s) => s.size),
    ['story', 'square', 'banner'],
  )
  const expected: Record<string, [number, number]> = { story: [1080, 1920], square: [1080, 1080], banner: [900, 383] }
  for (const s of sizes) {
    const media = await readRaw({ payload: cms.payload, collection: 'media', id: s.image })
    assert.deepEqual([media?.mimeType, media?.width, media?.height], ['image/png', ...expected[s.size]])
    const file = await fetch(`${cms.url}/api/media/file/${String(media?.filename)}`, {
      headers: { authorization: `JWT ${tokens.designer}` },
    })
    assert.equal((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width, expected[s.size][0])
  }
})

test('without a template and headline it says what to fill in; a copywriter may not render posters', async () => {
  const id = await makeDoc({ payload: cms.payload, collection: 'posters', data: { title: '空白', owner: team.designer.id } })
  const missing = await api<{ errors: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/posters/${id}/render-sizes`,
    token: tokens.designer,
  })
  assert.equal(missing.status, 400)
  assert.match(missing.body.errors[0].message, /模板.*主标题/)
  assert.equal((await api({ url: cms.url, method: 'POST', path: `/api/posters/${id}/render-sizes`, token: tokens.copywriter })).status, 403)
})

test('rendering again replaces the poster’s renditions: the library does not grow, old files go, one still in use stays', async () => {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'posters',
    data: { title: '周末市集', template: 'night', headline: '周末市集', copy: '二十家本地商家', owner: team.designer.id },
  })
  const render = async () => {
    const reply = await api<{ sizes: { size: string; image: number }[] }>({
      url: cms.url,
      method: 'POST',
      path: `/api/posters/${id}/render-sizes`,
      token: tokens.designer,
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    return reply.body.sizes.map((s) => s.image)
  }
  const mediaCount = async () => (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const fileStatus = async (filename: unknown) =>
    (await fetch(`${cms.url}/api/media/file/${String(filename)}`, { headers: { authorization: `JWT ${tokens.designer}` } })).status

  const before = await mediaCount()
  const first = await render()
  assert.equal(await mediaCount(), before + 3)
  const firstFiles = await Promise.all(
    first.map(async (image) => (await readRaw({ payload: cms.payload, collection: 'media', id: image }))?.filename),
  )
  const second = await render()
  assert.equal(await mediaCount(), before + 3, 'a re-render keeps three renditions, not six')
  for (const image of first) assert.equal(await readRaw({ payload: cms.payload, collection: 'media', id: image }), null)
  const { staticDir: mediaDir } = cms.payload.collections.media.config.upload as { staticDir?: string }
  assert.ok(mediaDir)
  for (const filename of firstFiles) {
    assert.equal(await fileStatus(filename), 404, `${String(filename)} is not answered as gone`)
    assert.equal(fs.existsSync(path.join(mediaDir, String(filename))), false, `${String(filename)} is still on disk`)
  }
  const gone = await fetch(`${cms.url}/api/media/file/${String(firstFiles[0])}`, { headers: { authorization: `JWT ${tokens.designer}` } })
  assert.match(((await gone.json()) as { errors: { message: string }[] }).errors[0].message, /已被删除.*请刷新/)
  // Nobody signed in: refused before the file is looked for, so the answer says nothing of what existed.
  assert.equal((await fetch(`${cms.url}/api/media/file/${String(firstFiles[0])}`)).status, 403)

  // The square rendition is also an article's cover: the next render leaves it in the library.
  const square = second[1]
  await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '市集回顾', body: '正文', cover: square, owner: team.copywriter.id },
  })
  await render()
  assert.equal(await mediaCount(), before + 4)
  assert.ok(await readRaw({ payload: cms.payload, collection: 'media', id: square }))
  assert.equal(await readRaw({ payload: cms.payload, collection: 'media', id: second[0] }), null)
})

test('renditions in the revision pinned at approval stay when the poster is rendered again', async () => {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'posters',
    data: { title: '新品试吃', template: 'night', headline: '新品试吃', copy: '周六下午', owner: team.designer.id },
  })
  const render = async () => {
    const reply = await api<{ sizes: { image: number }[] }>({
      url: cms.url,
      method: 'POST',
      path: `/api/posters/${id}/render-sizes`,
      token: tokens.designer,
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    return reply.body.sizes.map((s) => s.image)
  }
  const pinned = await render()
  const [revision] = (
    await cms.payload.findVersions({
      collection: 'posters',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
  ).docs
  await cms.payload.db.updateOne({ collection: 'posters', id, data: { approvedVersion: String(revision.id) } })
  await render()
  for (const image of pinned)
    assert.ok(
      await readRaw({ payload: cms.payload, collection: 'media', id: image }),
      `rendition ${image} of the pinned revision was deleted`,
    )
})
