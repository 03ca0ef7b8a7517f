import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { ensureCjkFont } from '../helpers/cjkFont'
import { fakeMp4 } from '../helpers/fakeMp4'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { useTestRedis } from '../helpers/redis'
import { api, login } from '../helpers/rest'
import { createRandom } from '../helpers/seededRandom'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'

type Box = { x: number; y: number; width: number; height: number }
type Row = { word: string; severity: string; box: Box | null }
type MediaOcr = { status?: string; hash?: string; text?: string; findings?: { rows?: Row[]; lexicon?: string; error?: string } }

let cms: TestCms
let worker: TestWorker | undefined
let redis: { release: () => Promise<void> }
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

before(async () => {
  ensureCjkFont()
  redis = await useTestRedis()
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['designer', 'copywriter', 'editor'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  worker = await startTestWorker()
})
after(async () => {
  if (process.env.OCR_TEST_LOG) (await import('node:fs')).writeFileSync(process.env.OCR_TEST_LOG, worker?.output() ?? '')
  await worker?.stop()
  const { closeQueues } = await import('../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.release()
})

const FONT = 'WenQuanYi Micro Hei'
type Line = { text: string; x: number; baseline: number; size: number; fill: string }

/** Where a line of text was drawn: its glyphs sit roughly between baseline − size and baseline + size/4. */
function drawnBox(line: Line): Box {
  return { x: line.x, y: line.baseline - line.size, width: line.size * [...line.text].length, height: line.size * 1.25 }
}

function textLayer(args: { width: number; height: number; lines: Line[]; band?: Box }): Buffer {
  const band = args.band
    ? `<rect x="${args.band.x}" y="${args.band.y}" width="${args.band.width}" height="${args.band.height}" fill="#000" opacity="0.45"/>`
    : ''
  const texts = args.lines
    .map((l) => `<text x="${l.x}" y="${l.baseline}" font-family="${FONT}" font-size="${l.size}" fill="${l.fill}">${l.text}</text>`)
    .join('')
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${args.width}" height="${args.height}">${band}${texts}</svg>`)
}

/** A poster as a designer would make one: flat colours, a large headline, a smaller line of copy. */
async function posterImage(lines: Line[]): Promise<Buffer> {
  const background = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080"><rect width="100%" height="100%" fill="#fdf3e7"/><circle cx="880" cy="860" r="160" fill="#f3c98b"/></svg>`
  return sharp(Buffer.from(background))
    .composite([{ input: textLayer({ width: 1080, height: 1080, lines }) }])
    .png()
    .toBuffer()
}

/** A "photo": colour gradients and a sun, film grain (seeded), a caption on a dark band, JPEG-compressed. */
async function photoImage(line: Line, band: Box): Promise<Buffer> {
  const [width, height] = [1200, 800]
  const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#5b7fa6"/><stop offset="0.5" stop-color="#c9a27e"/><stop offset="1" stop-color="#3e5d3a"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="900" cy="250" r="180" fill="#e8d7a0" opacity="0.6"/></svg>`
  const random = createRandom(15)
  const grain = Buffer.alloc(width * height * 3)
  for (let i = 0; i < grain.length; i++)
    grain[i] = Math.max(0, Math.min(255, Math.round(128 + (random.next() + random.next() + random.next() - 1.5) * 12)))
  const noise = await sharp(grain, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer()
  return sharp(Buffer.from(scene))
    .composite([{ input: noise, blend: 'soft-light' }, { input: textLayer({ width, height, lines: [line], band }) }])
    .jpeg({ quality: 82 })
    .toBuffer()
}

async function upload(args: { bytes: Buffer; name: string; type: string }): Promise<{ id: Id; filename: string }> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(args.bytes)], { type: args.type }), args.name)
  form.append('_payload', JSON.stringify({ alt: args.name }))
  const reply = await api<{ doc?: { id: Id; filename: string } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/media',
    token: tokens.designer,
    form,
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  return reply.body.doc!
}

async function ocrOf(id: Id): Promise<MediaOcr> {
  const doc = await cms.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
  return (doc.ocr ?? {}) as MediaOcr
}

async function settled(id: Id): Promise<MediaOcr> {
  return waitFor({
    what: `the text of media ${id} to be read`,
    timeoutMs: 90_000,
    check: async () => {
      const ocr = await ocrOf(id)
      return ocr.status && ocr.status !== 'pending' ? ocr : null
    },
  })
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function rowFor(ocr: MediaOcr, word: string): Row {
  const row = ocr.findings?.rows?.find((r) => r.word === word)
  assert.ok(row, `a finding for ${word} in ${JSON.stringify(ocr.text)} (${JSON.stringify(ocr.findings?.rows?.map((r) => r.word))})`)
  return row
}

const headline: Line = { text: '稳赚不赔', x: 90, baseline: 300, size: 120, fill: '#b3001b' }
const copy: Line = { text: '全网最低价 会员日', x: 90, baseline: 560, size: 64, fill: '#333333' }
let posterId: Id

test(
  'a poster with forbidden words in it: the worker reads them, each with a box over where it was drawn',
  withWorkerLog(
    () => worker,
    async () => {
      const bytes = await posterImage([headline, copy])
      const media = await upload({ bytes, name: 'poster-ocr.png', type: 'image/png' })
      posterId = media.id
      const ocr = await settled(media.id)
      assert.equal(ocr.status, 'done', JSON.stringify(ocr))
      const earn = rowFor(ocr, '稳赚')
      assert.equal(earn.severity, 'block')
      assert.ok(earn.box && overlaps(earn.box, drawnBox(headline)), `${JSON.stringify(earn.box)} over the headline`)
      assert.ok(earn.box && !overlaps(earn.box, drawnBox(copy)), 'the headline box stays off the copy line')
      const lowest = rowFor(ocr, '全网最')
      assert.ok(lowest.box && overlaps(lowest.box, drawnBox(copy)), `${JSON.stringify(lowest.box)} over the copy line`)
    },
  ),
)

test(
  'a photo with a caption that says 稳赚不赔 yields a finding with its box; a clean image yields none',
  withWorkerLog(
    () => worker,
    async () => {
      const caption: Line = { text: '稳赚不赔 限时抢', x: 120, baseline: 585, size: 100, fill: '#ffffff' }
      const photo = await upload({
        bytes: await photoImage(caption, { x: 90, y: 480, width: 760, height: 140 }),
        name: 'photo.jpg',
        type: 'image/jpeg',
      })
      const clean = await upload({
        bytes: await posterImage([{ text: '周四会员日 满199减30', x: 90, baseline: 400, size: 80, fill: '#222222' }]),
        name: 'clean.png',
        type: 'image/png',
      })
      const photoOcr = await settled(photo.id)
      const earn = rowFor(photoOcr, '稳赚')
      assert.ok(earn.box && overlaps(earn.box, drawnBox(caption)), `${JSON.stringify(earn.box)} over the caption`)
      const cleanOcr = await settled(clean.id)
      assert.equal(cleanOcr.status, 'done')
      assert.match(cleanOcr.text ?? '', /会员日/, 'the clean image was read')
      assert.deepEqual(cleanOcr.findings?.rows, [])
    },
  ),
)

test('the same bytes uploaded again are not read a second time: the result is copied', async () => {
  const first = await ocrOf(posterId)
  const again = await upload({ bytes: await posterImage([headline, copy]), name: 'poster-again.png', type: 'image/png' })
  const ocr = await settled(again.id)
  assert.equal(ocr.hash, first.hash)
  assert.deepEqual(ocr.findings, first.findings)
  await waitFor({
    what: 'the worker to log the copy',
    timeoutMs: 10_000,
    check: async () => worker?.output().includes(`"media":${again.id},"outcome":"copied"`),
  })
  assert.ok(!worker?.output().includes(`"media":${again.id},"outcome":"recognised"`), 'no second OCR ran')
})

test('a video is skipped', async () => {
  const clip = fakeMp4(4096)
  const doc = await cms.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'clip' },
    file: { data: clip, mimetype: 'video/mp4', name: 'clip.mp4', size: clip.length },
  })
  assert.equal((await ocrOf(doc.id)).status, 'skipped')
})

test('an article whose cover says 稳赚不赔 cannot be submitted; the refusal names the image and the word', async () => {
  const cover = await cms.payload.findByID({ collection: 'media', id: posterId, depth: 0, overrideAccess: true })
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '理财讲堂', body: '## 本期内容\n\n稳健理财入门。', cover: posterId, status: 'draft', owner: team.copywriter.id },
  })
  const reply = await api<{ errors: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${id}/transition`,
    token: tokens.copywriter,
    body: { event: 'submit' },
  })
  assert.equal(reply.status, 400, JSON.stringify(reply.body))
  assert.match(reply.body.errors[0].message, new RegExp(`封面图片 ${String(cover.filename).replace('.', '\\.')} 中识别出「稳赚」（禁止）`))
})

test('an image linked in the body that was never read is read at submit, and its words stop the submit', async () => {
  const bytes = await posterImage([{ text: '全网最低价', x: 90, baseline: 300, size: 110, fill: '#111111' }])
  const media = await cms.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'old' },
    file: { data: bytes, mimetype: 'image/png', name: 'older-upload.png', size: bytes.length },
  })
  // As an image uploaded before text recognition existed: nothing known of its text.
  await cms.payload.db.updateOne({
    collection: 'media',
    id: media.id,
    data: { ocr: { status: null, hash: null, text: null, findings: null } },
  })
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: {
      title: '门店活动',
      body: `## 活动\n\n![海报](/api/media/file/${media.filename})\n`,
      status: 'draft',
      owner: team.copywriter.id,
    },
  })
  const reply = await api<{ errors: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${id}/transition`,
    token: tokens.copywriter,
    body: { event: 'submit' },
  })
  assert.equal(reply.status, 400, JSON.stringify(reply.body))
  assert.match(reply.body.errors[0].message, /正文图片 older-upload.*\.png 中识别出「全网最」（禁止）/)
})

test(
  'rendered poster sizes are read too, and a poster whose headline says 全网最低价 cannot be submitted',
  withWorkerLog(
    () => worker,
    async () => {
      const id = await makeDoc({
        payload: cms.payload,
        collection: 'posters',
        data: { title: '双12', template: 'night', headline: '全网最低价', copy: '会员日', owner: team.designer.id },
      })
      const reply = await api<{ sizes: { size: string; image: Id }[] }>({
        url: cms.url,
        method: 'POST',
        path: `/api/posters/${id}/render-sizes`,
        token: tokens.designer,
      })
      assert.equal(reply.status, 200, JSON.stringify(reply.body))
      for (const size of reply.body.sizes) {
        const ocr = await settled(size.image)
        assert.equal(ocr.status, 'done')
        rowFor(ocr, '全网最')
      }
      const submit = await api<{ errors: { message: string }[] }>({
        url: cms.url,
        method: 'POST',
        path: `/api/posters/${id}/transition`,
        token: tokens.designer,
        body: { event: 'submit' },
      })
      assert.equal(submit.status, 400)
      assert.match(submit.body.errors[0].message, /海报成品图 poster-.*\.png 中识别出「全网最」（禁止）/)
    },
  ),
)
