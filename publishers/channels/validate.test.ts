import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { ChannelsSettings } from './accountSchemas'
import type { PublishContext, PublishRequest, VideoAsset } from '../core/types'
import { createChannelsPublisher } from './assistedPublisher'
import { validateChannels } from './validate'

const sizedVideo = (size?: { width: number; height: number }): VideoAsset => {
  const asset = { ref: { kind: 'media' as const, id: 'clip.mp4' }, filename: 'clip.mp4', contentType: 'video/mp4', byteLength: 4096 }
  return size ? { ...asset, ...size } : asset
}

const video = (patch: Partial<PublishRequest<ChannelsSettings>> = {}): PublishRequest<ChannelsSettings> => ({
  deliveryId: '1',
  contentKind: 'video',
  title: '三分钟看懂新店',
  body: '新店开业，带你逛一圈。',
  images: [],
  video: sizedVideo({ width: 1080, height: 1920 }),
  cover: { bytes: new Uint8Array([0xff, 0xd8]), contentType: 'image/jpeg', filename: 'cover.jpg', ref: { kind: 'media', id: 'c.jpg' } },
  topics: ['新店'],
  settings: {},
  ...patch,
})

const issues = (request: PublishRequest<ChannelsSettings>, severity: 'error' | 'warning') =>
  validateChannels({ request })
    .filter((issue) => issue.severity === severity)
    .map((issue) => issue.message)

describe('视频号 validate', () => {
  test('a 9:16 video with a short title passes', () => {
    assert.deepEqual(issues(video(), 'error'), [])
    assert.deepEqual(issues(video(), 'warning'), [])
  })

  test('a landscape video is refused naming 9:16; an unreadable size only warns', () => {
    assert.match(issues(video({ video: sizedVideo({ width: 1920, height: 1080 }) }), 'error').join(), /9:16 竖版.*1920×1080/)
    assert.deepEqual(issues(video({ video: sizedVideo() }), 'error'), [])
    assert.match(issues(video({ video: sizedVideo() }), 'warning').join(), /读不出这个视频的尺寸/)
    assert.deepEqual(issues(video({ video: sizedVideo({ width: 720, height: 1280 }) }), 'error'), [])
  })

  test('short title: 22 pass, 23 refused naming 22; a long description and many topics warn', () => {
    assert.deepEqual(issues(video({ title: '一'.repeat(22) }), 'error'), [])
    assert.match(issues(video({ title: '一'.repeat(23) }), 'error').join(), /视频号短标题超过上限 22 字（当前 23 字）/)
    assert.match(issues(video({ body: '字'.repeat(1001) }), 'warning').join(), /建议上限 1000 字/)
    assert.match(issues(video({ topics: Array.from({ length: 11 }, (_, i) => `t${i}`) }), 'warning').join(), /不超过 10 个/)
  })

  test('only videos, and a video is needed', () => {
    assert.match(issues(video({ contentKind: 'note' }), 'error').join(), /只发视频/)
    assert.match(issues(video({ video: undefined }), 'error').join(), /需要一个视频文件/)
  })
})

test('publish: the video as uploaded, its size, the cover, the description with topics, 视频号助手 to open', async () => {
  const ctx = { remoteIds: {}, logger: { info: () => undefined } } as unknown as PublishContext
  const outcome = await createChannelsPublisher().publish({ request: video(), ctx })
  assert.equal(outcome.state, 'awaiting_operator')
  if (outcome.state !== 'awaiting_operator') return
  assert.deepEqual(
    outcome.handoff.media.map((m) => [m.kind, m.position, m.filename, m.width, m.height]),
    [['video', 1, 'clip.mp4', 1080, 1920]],
  )
  assert.equal(outcome.handoff.body, '新店开业，带你逛一圈。\n\n#新店')
  assert.equal(outcome.handoff.cover?.kind, 'image')
  assert.match(String(outcome.handoff.openUrl), /^https:\/\/channels\.weixin\.qq\.com\//)
})
