import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import sharp from 'sharp'
import { sizedMp4 } from '../../media/testing/sizedMp4'
import { type Id, makeDoc } from '../helpers/fixtures'
import { api } from '../helpers/rest'
import { withWorkerLog } from '../helpers/worker'
import {
  approve,
  download,
  flatPng,
  type HandoffWorld,
  markPublished,
  scheduleAndWait,
  startHandoffWorld,
  uploadPicture,
} from './handoffWorld'

let world: HandoffWorld

before(async () => {
  world = await startHandoffWorld({ platform: 'channels', accountName: '测试视频号' })
})
after(async () => world?.close())

/** A video in review: its file (a 9:16 or other MP4 by its headers), a cover, a description and topics. */
async function videoItem(args: { title: string; width: number; height: number }): Promise<{ id: Id; file: Buffer }> {
  const file = sizedMp4({ width: args.width, height: args.height, bytes: 300_000, moovLast: true })
  const upload = await world.cms.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: '门店探访视频' },
    file: { data: file, mimetype: 'video/mp4', name: `clip-${args.width}x${args.height}.mp4`, size: file.length },
  })
  const cover = await uploadPicture({
    payload: world.cms.payload,
    name: `cover-${args.width}`,
    png: await flatPng({ width: 1200, height: 1600, rgb: [30, 120, 200] }),
  })
  const id = await makeDoc({
    payload: world.cms.payload,
    collection: 'videos',
    data: {
      title: args.title,
      description: '新店开业，带你三分钟逛一圈。',
      file: upload.id,
      cover: cover.id,
      topics: ['新店开业', '城市漫步'],
      status: 'in_review',
      owner: world.team.designer.id,
    },
  })
  return { id, file }
}

describe('视频号 hand-off', () => {
  test(
    'an approved 9:16 video becomes a package: the video as uploaded, its cover, the description with topics; the link ends it 已发布',
    withWorkerLog(
      () => world.worker,
      async () => {
        const video = await videoItem({ title: '三分钟逛新店', width: 1080, height: 1920 })
        await approve({ world, collection: 'videos', id: video.id })
        const handoff = await scheduleAndWait({ world, collection: 'videos', id: video.id })
        assert.equal(handoff.state, 'awaiting_operator', JSON.stringify(handoff.lastError))
        const pkg = handoff.package
        assert.ok(pkg)
        assert.equal(pkg.platform, 'channels')
        assert.equal(pkg.title, '三分钟逛新店')
        assert.match(pkg.body, /逛一圈。[\s\S]*#新店开业 #城市漫步/)
        assert.match(String(pkg.openUrl), /^https:\/\/channels\.weixin\.qq\.com\//)
        assert.equal(pkg.media.length, 1)
        const [clip] = pkg.media
        assert.deepEqual([clip?.kind, clip?.position, clip?.width, clip?.height], ['video', 1, 1080, 1920])

        const got = await download({ world, path: clip?.url ?? '', token: world.tokens.operator })
        assert.equal(got.status, 200)
        assert.equal(got.headers.get('content-type'), 'video/mp4')
        assert.ok(got.bytes.equals(video.file), 'the original file, byte for byte')
        assert.ok(pkg.cover, 'the package has a cover')
        const cover = await download({ world, path: pkg.cover.url, token: world.tokens.editor })
        assert.equal(cover.status, 200)
        const meta = await sharp(cover.bytes).metadata()
        assert.equal(meta.format, 'jpeg')
        assert.ok(Math.abs((meta.width ?? 0) / (meta.height ?? 1) - 9 / 16) < 0.01, `a 9:16 cover: ${meta.width}×${meta.height}`)
        assert.equal((await download({ world, path: clip?.url ?? '', token: world.tokens.copywriter })).status, 403)

        const wrong = await markPublished({
          world,
          id: handoff.id,
          url: 'https://www.xiaohongshu.com/explore/1',
          token: world.tokens.operator,
        })
        assert.equal(wrong.status, 400)
        assert.match(String(wrong.body.errors?.[0]?.message), /不是视频号的链接/)
        const link = 'https://channels.weixin.qq.com/web/pages/feed?eid=export%2FFAKE123'
        const done = await markPublished({ world, id: handoff.id, url: link, token: world.tokens.operator })
        assert.equal(done.status, 200, JSON.stringify(done.body))
        assert.equal(done.body.state, 'published')
        assert.equal(done.body.url, link)
      },
    ),
  )

  test(
    'a waiting hand-off is cancelled by its operator (not by a copywriter) and can no longer be confirmed',
    withWorkerLog(
      () => world.worker,
      async () => {
        const video = await videoItem({ title: '改期不发了', width: 1080, height: 1920 })
        await approve({ world, collection: 'videos', id: video.id })
        const handoff = await scheduleAndWait({ world, collection: 'videos', id: video.id })
        assert.equal(handoff.state, 'awaiting_operator', JSON.stringify(handoff.lastError))
        const cancel = (token: string) =>
          api<{ state?: string; lastError?: { message?: string }; errors?: { message: string }[] }>({
            url: world.cms.url,
            method: 'POST',
            path: `/api/deliveries/${handoff.id}/cancel`,
            token,
            body: {},
          })
        assert.equal((await cancel(world.tokens.copywriter)).status, 403)
        const cancelled = await cancel(world.tokens.operator)
        assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body))
        assert.equal(cancelled.body.state, 'cancelled')
        assert.match(String(cancelled.body.lastError?.message), /取消了这次交给运营的发布/)
        const late = await markPublished({
          world,
          id: handoff.id,
          url: 'https://channels.weixin.qq.com/web/pages/feed?eid=x',
          token: world.tokens.operator,
        })
        assert.equal(late.status, 400)
        assert.equal((await cancel(world.tokens.operator)).status, 409)
      },
    ),
  )

  test(
    'a landscape video is refused before any package, naming 9:16',
    withWorkerLog(
      () => world.worker,
      async () => {
        const video = await videoItem({ title: '横版素材', width: 1920, height: 1080 })
        await approve({ world, collection: 'videos', id: video.id })
        const refused = await scheduleAndWait({ world, collection: 'videos', id: video.id })
        assert.equal(refused.state, 'failed')
        assert.match(String(refused.lastError?.message), /9:16 竖版.*1920×1080/)
        assert.equal(refused.package, null)
      },
    ),
  )
})
