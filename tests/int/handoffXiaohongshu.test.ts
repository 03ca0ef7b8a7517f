import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import sharp from 'sharp'
import { type Id, makeDoc } from '../helpers/fixtures'
import { api } from '../helpers/rest'
import { withWorkerLog } from '../helpers/worker'
import {
  approve,
  download,
  flatPng,
  type HandoffWorld,
  markerPng,
  markPublished,
  scheduleAndWait,
  startHandoffWorld,
  uploadPicture,
} from './handoffWorld'

let world: HandoffWorld

/** Nine pictures of different sizes and shapes, each its own colour, so the order can be checked; the sixth is wide with its subject far right. */
const PICTURES: { width: number; height: number; rgb: [number, number, number] }[] = [
  { width: 800, height: 600, rgb: [200, 30, 30] },
  { width: 1080, height: 1440, rgb: [30, 160, 40] },
  { width: 2400, height: 1800, rgb: [30, 60, 200] },
  { width: 600, height: 800, rgb: [220, 200, 40] },
  { width: 1500, height: 1500, rgb: [160, 40, 180] },
  { width: 3000, height: 1000, rgb: [128, 128, 128] },
  { width: 900, height: 1600, rgb: [40, 190, 190] },
  { width: 400, height: 300, rgb: [240, 140, 20] },
  { width: 1600, height: 2400, rgb: [90, 60, 30] },
]
const FOCAL_INDEX = 5

before(async () => {
  world = await startHandoffWorld({ platform: 'xiaohongshu', accountName: '测试小红书' })
})
after(async () => world?.close())

async function centreColour(jpeg: Buffer): Promise<number[]> {
  const { data } = await sharp(jpeg).extract({ left: 530, top: 710, width: 20, height: 20 }).raw().toBuffer({ resolveWithObject: true })
  const sums = [0, 0, 0]
  for (let i = 0; i < data.length; i += 3) for (let c = 0; c < 3; c++) sums[c] = (sums[c] ?? 0) + (data[i + c] ?? 0)
  return sums.map((sum) => sum / (data.length / 3))
}

async function redShare(jpeg: Buffer): Promise<number> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true })
  let red = 0
  for (let at = 0; at < data.length; at += info.channels) if ((data[at] ?? 0) > 200 && (data[at + 1] ?? 255) < 60) red++
  return red / (info.width * info.height)
}

async function noteWithPictures(title: string): Promise<{ id: Id; images: Id[] }> {
  const images: Id[] = []
  for (const [index, picture] of PICTURES.entries()) {
    const png =
      index === FOCAL_INDEX
        ? await markerPng({ width: picture.width, height: picture.height, marker: { x: 88, y: 50, size: 320 } })
        : await flatPng(picture)
    const uploaded = await uploadPicture({
      payload: world.cms.payload,
      name: `note-${index + 1}`,
      png,
      ...(index === FOCAL_INDEX ? { focal: { x: 88, y: 50 } } : {}),
    })
    images.push(uploaded.id)
  }
  const id = await makeDoc({
    payload: world.cms.payload,
    collection: 'notes',
    data: {
      title,
      body: '城南巷子里的一家小馆，周末人不多，推荐招牌面。',
      images,
      topics: ['周末去哪儿', '#探店'],
      status: 'in_review',
      owner: world.team.copywriter.id,
    },
  })
  return { id, images }
}

describe('小红书 hand-off', () => {
  test(
    'an approved note with 9 pictures becomes a package: 9 JPEGs at 1080×1440 in order, cut around the focal point; the link ends it 已发布',
    withWorkerLog(
      () => world.worker,
      async () => {
        const { id: note, images } = await noteWithPictures('城南小馆：周末的一碗面')
        const focal = await world.cms.payload.findByID({
          collection: 'media',
          id: images[FOCAL_INDEX] ?? 0,
          overrideAccess: true,
          depth: 0,
        })
        assert.deepEqual([focal.focalX, focal.focalY], [88, 50], 'the off-centre focal point is stored on the media')
        await approve({ world, collection: 'notes', id: note })
        const handoff = await scheduleAndWait({ world, collection: 'notes', id: note })
        assert.equal(handoff.state, 'awaiting_operator', JSON.stringify(handoff.lastError))
        const pkg = handoff.package
        assert.ok(pkg, 'the delivery carries its package')
        assert.equal(pkg.platform, 'xiaohongshu')
        assert.equal(pkg.title, '城南小馆：周末的一碗面')
        assert.deepEqual(pkg.topics, ['周末去哪儿', '探店'])
        assert.match(pkg.body, /推荐招牌面。[\s\S]*#周末去哪儿 #探店/)
        assert.ok(pkg.checklist.length >= 4 && pkg.checklist.every((step) => /[\u4e00-\u9fff]/.test(step)), 'a checklist in Chinese')
        assert.deepEqual(
          pkg.media.map((file) => file.position),
          [1, 2, 3, 4, 5, 6, 7, 8, 9],
        )
        assert.ok(pkg.media.every((file) => file.kind === 'image' && file.contentType === 'image/jpeg'))
        assert.match(pkg.media[0]?.filename ?? '', /^01-/)

        for (const [index, file] of pkg.media.entries()) {
          assert.equal(file.url, `/api/deliveries/${handoff.id}/package/media/${index + 1}`)
          const got = await download({ world, path: file.url, token: world.tokens.operator })
          assert.equal(got.status, 200, `picture ${index + 1}: ${got.bytes.toString().slice(0, 200)}`)
          assert.match(String(got.headers.get('content-disposition')), /attachment/)
          const meta = await sharp(got.bytes).metadata()
          assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 1080, 1440], `picture ${index + 1}`)
          if (index === FOCAL_INDEX) {
            assert.ok((await redShare(got.bytes)) > 0.03, 'the crop keeps the subject at the focal point (a centre crop would lose it)')
          } else {
            const colour = await centreColour(got.bytes)
            const expected = PICTURES[index]?.rgb ?? [0, 0, 0]
            colour.forEach((value, c) => assert.ok(Math.abs(value - (expected[c] ?? 0)) < 20, `picture ${index + 1} is in its place`))
          }
        }
        assert.equal((await download({ world, path: pkg.media[0]?.url ?? '', token: world.tokens.copywriter })).status, 403)
        assert.notEqual((await download({ world, path: pkg.media[0]?.url ?? '', token: world.tokens.otherOperator })).status, 200)
        assert.equal(
          (await download({ world, path: `/api/deliveries/${handoff.id}/package/media/10`, token: world.tokens.editor })).status,
          404,
        )

        const foreign = await markPublished({
          world,
          id: handoff.id,
          url: 'https://www.douyin.com/video/123',
          token: world.tokens.operator,
        })
        assert.equal(foreign.status, 400)
        assert.match(String(foreign.body.errors?.[0]?.message), /不是小红书的链接.*xiaohongshu\.com/)
        assert.equal((await markPublished({ world, id: handoff.id, url: 'javascript:alert(1)', token: world.tokens.operator })).status, 400)
        const notTheirs = await markPublished({
          world,
          id: handoff.id,
          url: 'https://www.xiaohongshu.com/explore/65a1b2c3d4e5f6a7b8c9d0e1',
          token: world.tokens.otherOperator,
        })
        assert.notEqual(notTheirs.status, 200, 'an operator of another account cannot confirm it')

        const link = 'https://www.xiaohongshu.com/explore/65a1b2c3d4e5f6a7b8c9d0e1'
        const done = await markPublished({ world, id: handoff.id, url: link, token: world.tokens.operator })
        assert.equal(done.status, 200, JSON.stringify(done.body))
        assert.equal(done.body.state, 'published')
        assert.equal(done.body.url, link)
        const again = await markPublished({ world, id: handoff.id, url: link, token: world.tokens.operator })
        assert.equal(again.status, 400, 'a published delivery is not confirmed twice')
      },
    ),
  )

  test(
    "a 21-character title is refused before any package, naming 小红书's 20",
    withWorkerLog(
      () => world.worker,
      async () => {
        const { id: note } = await noteWithPictures('一二三四五六七八九十一二三四五六七八九十一')
        // Approval may already refuse it (limits checked at submit and approve); else the hand-off must.
        const approved = await api<{ errors?: { message: string }[] }>({
          url: world.cms.url,
          method: 'POST',
          path: `/api/notes/${note}/transition`,
          token: world.tokens.editor,
          body: { event: 'approve' },
        })
        if (approved.status !== 200) {
          assert.match(String(approved.body.errors?.[0]?.message), /20/)
          return
        }
        const refused = await scheduleAndWait({
          world,
          collection: 'notes',
          id: note,
          states: ['failed', 'awaiting_operator', 'needs_reauth', 'unconfirmed'],
        })
        assert.equal(refused.state, 'failed')
        assert.match(String(refused.lastError?.message), /20 字/)
        assert.equal(refused.package, null, 'no package was made')
      },
    ),
  )
})
