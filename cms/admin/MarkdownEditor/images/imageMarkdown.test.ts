import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mediaFilenameOfSrc } from '../../../compliance/imageFindingsSources'
import { altFromFileName, imageMarkdown, mediaFileUrl } from './imageMarkdown'

test('alt text comes from the file name, without extension or separators', () => {
  assert.equal(altFromFileName('门店-外景_2026.jpg'), '门店 外景 2026')
  assert.equal(altFromFileName('双12 海报.PNG'), '双12 海报')
})

test('a name that says nothing (a pasted screenshot) gives 图片', () => {
  assert.equal(altFromFileName('image.png'), '图片')
  assert.equal(altFromFileName('Screenshot-3.png'), '图片')
  assert.equal(altFromFileName('.png'), '图片')
})

test('the URL is the library file path the renderers and the scan read back to the same name', () => {
  for (const name of ['海报 a.png', 'a(1).png', 'x#y?.jpg', '100%.webp']) {
    const url = mediaFileUrl(name)
    assert.ok(url.startsWith('/api/media/file/'))
    assert.ok(!/[()\s#?]/.test(url.slice('/api/media/file/'.length)), url)
    assert.equal(mediaFilenameOfSrc(url), name)
  }
})

test('brackets in the alt are escaped so the image stays one Markdown image', () => {
  assert.equal(imageMarkdown({ alt: '活动[终版]', filename: 'a.png' }), '![活动\\[终版\\]](/api/media/file/a.png)')
  assert.equal(imageMarkdown({ alt: '两\n行', filename: 'a.png' }), '![两 行](/api/media/file/a.png)')
})
