import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildImageUpload, parseUploadReply } from './uploadRequest'

test('the upload is the file plus a JSON _payload with the alt from its name', async () => {
  const form = buildImageUpload(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), '门店.png')
  const file = form.get('file')
  assert.ok(file instanceof File)
  assert.equal(file.name, '门店.png')
  assert.equal(file.size, 3)
  assert.deepEqual(JSON.parse(String(form.get('_payload'))), { alt: '门店' })
})

test('a created reply gives the image Markdown with the stored file name', () => {
  const text = JSON.stringify({ doc: { id: 7, filename: '门店-1.png', alt: '门店' }, message: '成功' })
  assert.deepEqual(parseUploadReply({ status: 201, text, name: '门店.png' }), {
    ok: true,
    markdown: '![门店](/api/media/file/%E9%97%A8%E5%BA%97-1.png)',
  })
})

test('without a stored alt the file name gives it', () => {
  const text = JSON.stringify({ doc: { id: 7, filename: 'a.png', alt: null } })
  assert.deepEqual(parseUploadReply({ status: 201, text, name: '外景.png' }), { ok: true, markdown: '![外景](/api/media/file/a.png)' })
})

test("a refusal carries the gate's own message", () => {
  const text = JSON.stringify({ errors: [{ message: '文件太大：a.png 为 21.0 MB，图片最大 20.0 MB。请压缩后再上传。' }] })
  assert.deepEqual(parseUploadReply({ status: 413, text, name: 'a.png' }), {
    ok: false,
    error: '文件太大：a.png 为 21.0 MB，图片最大 20.0 MB。请压缩后再上传。',
  })
})

test('replies of the wrong shape and network failures still say something in Chinese', () => {
  const shapeless = parseUploadReply({ status: 201, text: '{"doc":{}}', name: 'a.png' })
  assert.equal(shapeless.ok, false)
  assert.match(shapeless.ok ? '' : shapeless.error, /没有收到文件地址/)
  assert.deepEqual(parseUploadReply({ status: 502, text: '<html>Bad Gateway</html>', name: 'a.png' }), {
    ok: false,
    error: '上传「a.png」失败（HTTP 502）。',
  })
  assert.deepEqual(parseUploadReply({ status: 403, text: '', name: 'a.png' }), { ok: false, error: '没有上传素材的权限，请联系管理员。' })
  assert.deepEqual(parseUploadReply({ status: 0, text: '', name: 'a.png' }), { ok: false, error: '网络错误，图片没有上传，请稍后重试。' })
})
