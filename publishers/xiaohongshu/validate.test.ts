import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { XiaohongshuSettings } from './accountSchemas'
import type { AssetBytes, BodyImage, PublishContext, PublishRequest } from '../core/types'
import { createXiaohongshuPublisher } from './assistedPublisher'
import { bodyWithTopics, plainTopics } from '../core/topics'
import { jpegSize } from '../core/jpegSize'
import { validateXiaohongshu } from './validate'

const images = (count: number): BodyImage[] =>
  Array.from({ length: count }, (_, i) => ({ src: `/api/media/file/p${i + 1}.png`, ref: { kind: 'media', id: `p${i + 1}.png` } }))

const note = (patch: Partial<PublishRequest<XiaohongshuSettings>> = {}): PublishRequest<XiaohongshuSettings> => ({
  deliveryId: '1',
  contentKind: 'note',
  title: '周末去哪儿：城南小馆',
  body: '一家藏在巷子里的小馆。',
  images: images(3),
  topics: ['周末', '探店'],
  settings: {},
  ...patch,
})

const errors = (request: PublishRequest<XiaohongshuSettings>) =>
  validateXiaohongshu({ request })
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message)

/** A JPEG that is only its SOF0 header: enough for jpegSize. */
function jpegHeader(width: number, height: number): Uint8Array {
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 0, 0, 0])
}

describe('小红书 validate: each limit named', () => {
  test('a fitting note passes', () => assert.deepEqual(errors(note()), []))

  test('title: 20 characters pass, 21 are refused naming 20', () => {
    assert.deepEqual(errors(note({ title: '一'.repeat(20) })), [])
    const [message] = errors(note({ title: '一'.repeat(21) }))
    assert.match(String(message), /小红书标题超过上限 20 字（当前 21 字）/)
  })

  test('pictures: 1 to 18', () => {
    assert.match(errors(note({ images: [] })).join(), /至少需要 1 张图片/)
    assert.deepEqual(errors(note({ images: images(18) })), [])
    assert.match(errors(note({ images: images(19) })).join(), /图片超过上限 18 张（当前 19 张）/)
  })

  test('topics: 10 pass, 11 are refused; the body with its topics within 1,000 characters', () => {
    const topics = (n: number) => Array.from({ length: n }, (_, i) => `话题${i}`)
    assert.deepEqual(errors(note({ topics: topics(10) })), [])
    assert.match(errors(note({ topics: topics(11) })).join(), /话题超过上限 10 个（当前 11 个）/)
    assert.deepEqual(errors(note({ body: '字'.repeat(990), topics: [] })), [])
    assert.match(errors(note({ body: '字'.repeat(995), topics: ['周末探店'] })).join(), /正文（含话题）超过上限 1000 字（当前 1002 字）/)
  })

  test('a video note needs its video; an article is not for 小红书', () => {
    assert.match(errors(note({ contentKind: 'video', images: [] })).join(), /需要一个视频文件/)
    assert.match(errors(note({ contentKind: 'article' })).join(), /只发图文笔记和视频笔记/)
  })
})

describe('topics written the platform way', () => {
  test('plain, each once, and appended only where the body lacks them', () => {
    assert.deepEqual(plainTopics(['#周末', '周末', ' 探店# ', '', '#']), ['周末', '探店'])
    assert.equal(bodyWithTopics({ body: '正文', topics: ['周末', '探店'] }), '正文\n\n#周末 #探店')
    assert.equal(bodyWithTopics({ body: '正文\n\n#周末 #探店', topics: ['周末', '探店'] }), '正文\n\n#周末 #探店')
    assert.equal(bodyWithTopics({ body: '正文 #周末探店', topics: ['周末'] }), '正文 #周末探店\n\n#周末')
    assert.equal(bodyWithTopics({ body: '', topics: [] }), '')
  })

  test('jpegSize reads the frame header', () => {
    assert.deepEqual(jpegSize(jpegHeader(1080, 1440)), { width: 1080, height: 1440 })
    assert.equal(jpegSize(Uint8Array.from([0x89, 0x50])), null)
  })
})

describe('小红书 publish: a hand-off package, no network', () => {
  test('pictures in order, numbered, read through the context; text with topics; a checklist', async () => {
    const read: string[] = []
    const ctx = {
      remoteIds: {},
      logger: { info: () => undefined },
      readImage: async (ref: { kind: string; id?: string }): Promise<AssetBytes> => {
        read.push(String(ref.id))
        return { bytes: jpegHeader(1080, 1440), contentType: 'image/jpeg', filename: String(ref.id).replace('.png', '.jpg') }
      },
    } as unknown as PublishContext
    const outcome = await createXiaohongshuPublisher().publish({ request: note(), ctx })
    assert.equal(outcome.state, 'awaiting_operator')
    if (outcome.state !== 'awaiting_operator') return
    const { handoff } = outcome
    assert.deepEqual(read, ['p1.png', 'p2.png', 'p3.png'])
    assert.deepEqual(
      handoff.media.map((m) => [m.position, m.filename, m.width, m.height]),
      [
        [1, '01-p1.jpg', 1080, 1440],
        [2, '02-p2.jpg', 1080, 1440],
        [3, '03-p3.jpg', 1080, 1440],
      ],
    )
    assert.equal(handoff.body, '一家藏在巷子里的小馆。\n\n#周末 #探店')
    assert.deepEqual(handoff.topics, ['周末', '探店'])
    assert.ok(handoff.checklist.length >= 4)
    await assert.rejects(createXiaohongshuPublisher().publish({ request: note({ title: '一'.repeat(21) }), ctx }), /20 字/)
  })
})
