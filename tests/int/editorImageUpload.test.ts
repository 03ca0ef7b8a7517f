import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { MEDIA_UPLOAD_PATH, buildImageUpload, parseUploadReply } from '../../cms/admin/MarkdownEditor/images/uploadRequest'
import { createTeam, PASSWORD, tinyPng } from '../helpers/fixtures'
import { login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * The upload the editor makes for a pasted or dropped image, built by the same function its
 * extension uses, sent to a real CMS: accepted for the people who write, refused for anyone else,
 * and the gate's own Chinese reason comes back for what it will not take.
 */

let cms: TestCms
let copywriter = ''
let editor = ''

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  copywriter = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
  editor = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
})
after(async () => cms?.close())

async function send(args: { bytes: Uint8Array; name: string; type: string; token: string | null }) {
  const response = await fetch(`${cms.url}${MEDIA_UPLOAD_PATH}`, {
    method: 'POST',
    headers: args.token ? { authorization: `JWT ${args.token}` } : {},
    body: buildImageUpload(new Blob([new Uint8Array(args.bytes)], { type: args.type }), args.name),
  })
  const text = await response.text()
  return { status: response.status, outcome: parseUploadReply({ status: response.status, text, name: args.name }) }
}

async function acceptedFor(token: string, name: string) {
  const { status, outcome } = await send({ bytes: tinyPng(), name, type: 'image/png', token })
  assert.equal(status, 201, JSON.stringify(outcome))
  assert.ok(outcome.ok)
  const alt = name.replace(/\.png$/, '')
  assert.match(outcome.markdown, new RegExp(`^!\\[${alt}\\]\\(/api/media/file/[^)\\s]+\\.png\\)$`))
  const stored = await cms.payload.find({ collection: 'media', where: { alt: { equals: alt } }, overrideAccess: true })
  assert.equal(stored.totalDocs, 1)
  const file = await fetch(`${cms.url}${outcome.markdown.slice(outcome.markdown.indexOf('](') + 2, -1)}`, {
    headers: { authorization: `JWT ${token}` },
  })
  assert.equal(file.status, 200)
  assert.equal(file.headers.get('content-type'), 'image/png')
}

test("an editor's pasted image is stored and comes back as Markdown the renderers read", () => acceptedFor(editor, '门店 外景.png'))

// Copywriters write the articles, so the images they paste go into the library too.
test("a copywriter's pasted image is stored too", () => acceptedFor(copywriter, '文案配图.png'))

test('a file that is not an image or video is refused in words, before anything is stored', async () => {
  const before = (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const { status, outcome } = await send({
    bytes: new TextEncoder().encode('备忘'),
    name: '备忘.txt',
    type: 'text/plain',
    token: copywriter,
  })
  assert.equal(status, 400)
  assert.ok(!outcome.ok)
  assert.match(outcome.error, /不支持的文件类型：备忘\.txt.*只收图片/)
  assert.equal((await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs, before)
})

test('without a session the upload is refused and nothing is stored', async () => {
  const before = (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const { status, outcome } = await send({ bytes: tinyPng(), name: 'anon.png', type: 'image/png', token: null })
  assert.equal(status, 403)
  assert.equal(outcome.ok, false)
  assert.equal((await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs, before)
})

// The editor sends only files typed image/* (anything else is refused before upload, see imageFiles.ts):
// what still reaches the gate is an image format it cannot read, such as an iPhone's HEIC photo.
test("an image the gate cannot read gets the gate's Chinese reason", async () => {
  const { status, outcome } = await send({ bytes: Buffer.from('ftypheic'), name: '照片.heic', type: 'image/heic', token: editor })
  assert.equal(status, 400)
  assert.deepEqual(outcome, {
    ok: false,
    error: '不支持的文件类型：照片.heic。素材库只收图片（JPEG、PNG、WebP、GIF）和视频（MP4、MOV、WebM）。',
  })
})

test("an image over the size limit gets the gate's message naming the limit", async () => {
  const { status, outcome } = await send({
    bytes: Buffer.alloc(21 * 1024 * 1024, 1),
    name: '超大.png',
    type: 'image/png',
    token: copywriter,
  })
  assert.equal(status, 413)
  assert.equal(outcome.ok, false)
  assert.match(outcome.ok ? '' : outcome.error, /文件太大：超大\.png.*图片最大 20\.0 MB/)
})
