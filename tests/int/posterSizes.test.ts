import assert from 'node:assert/strict'
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
