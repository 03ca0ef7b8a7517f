import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { after, before, test } from 'node:test'
import { noisyPhotoJpeg } from '../../media/testing/testImages'
import { createTeam, PASSWORD, tinyPng } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
let token = ''

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  token = await login({ url: cms.url, email: team.designer.email, password: PASSWORD })
})
after(async () => cms?.close())

function upload(args: { bytes: Uint8Array; name: string; type: string }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(args.bytes)], { type: args.type }), args.name)
  form.append('_payload', JSON.stringify({ alt: args.name }))
  return api<{ errors?: { message: string }[]; doc?: { id: string; filename: string } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/media',
    token,
    form,
  })
}

/** A valid PNG header claiming huge dimensions, with a tiny compressed body: a decompression bomb. */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), data])) >>> 0)
    return Buffer.concat([len, Buffer.from(type), data, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 0
  const idat = zlib.deflateSync(Buffer.alloc(width + 1))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const mediaFiles = () => (fs.existsSync(path.join(cms.dataDir, 'media')) ? fs.readdirSync(path.join(cms.dataDir, 'media')) : [])

test('a normal image uploads, with a thumbnail', async () => {
  const reply = await upload({ bytes: tinyPng(), name: 'ok.png', type: 'image/png' })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  assert.ok(mediaFiles().includes(String(reply.body.doc?.filename)))
})

test('an image over 20 MB is refused with the limit named, and nothing is stored', async () => {
  const before = { files: mediaFiles().length, docs: (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs }
  const reply = await upload({ bytes: Buffer.alloc(21 * 1024 * 1024, 1), name: 'huge.png', type: 'image/png' })
  assert.equal(reply.status, 413)
  assert.match(String(reply.body.errors?.[0]?.message), /图片最大 20\.0 MB/)
  assert.equal(mediaFiles().length, before.files)
  assert.equal((await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs, before.docs)
})

test('a decompression bomb is refused from its header, and nothing is stored', async () => {
  const before = mediaFiles().length
  const reply = await upload({ bytes: pngBomb(20_000, 20_000), name: 'bomb.png', type: 'image/png' })
  assert.equal(reply.status, 413)
  assert.match(String(reply.body.errors?.[0]?.message), /像素过大.*20000×20000/)
  assert.equal(mediaFiles().length, before)
})

test('a corrupt image gets a clear error', async () => {
  const reply = await upload({ bytes: Buffer.from('this is not a png at all'), name: 'broken.png', type: 'image/png' })
  assert.ok(reply.status >= 400 && reply.status < 500, `status ${reply.status}`)
  assert.ok(mediaFiles().every((f) => !f.startsWith('broken')))
})

test('a truncated JPEG is refused by the upload gate with a Chinese reason, and nothing is stored', async () => {
  const photo = await noisyPhotoJpeg({ width: 1200, height: 800 })
  const before = mediaFiles().length
  const reply = await upload({ bytes: photo.subarray(0, Math.floor(photo.length / 2)), name: 'cut.jpg', type: 'image/jpeg' })
  assert.equal(reply.status, 400, JSON.stringify(reply.body))
  assert.match(String(reply.body.errors?.[0]?.message), /^cut\.jpg：图片文件已损坏或不完整.*请在原软件中重新导出后再上传/)
  assert.equal(mediaFiles().length, before)
})

test('the media list shows file sizes as people read them, and upload fields have Chinese labels', () => {
  const media = cms.payload.collections.media.config
  const field = (name: string) => media.fields.find((candidate) => 'name' in candidate && candidate.name === name)
  const filesize = field('filesize')
  assert.deepEqual(filesize && 'label' in filesize ? filesize.label : null, { zh: '文件大小', en: 'File size' })
  assert.equal(JSON.stringify(filesize?.admin?.components?.Cell), JSON.stringify('/cms/collections/Media/FileSizeCell#FileSizeCell'))
  const mimeType = field('mimeType')
  assert.deepEqual(mimeType && 'label' in mimeType ? mimeType.label : null, { zh: '文件类型', en: 'MIME type' })
})
