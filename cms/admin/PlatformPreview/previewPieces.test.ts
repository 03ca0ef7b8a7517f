import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PLATFORMS } from '../../../lib/platforms'
import { themes } from '../../../templates/themes'
import { mainThreadTransport } from './mainThreadTransport'
import { previewInput, type PreviewFields } from './previewInput'
import { latestOnlyRenderer, type RenderReply } from './previewRenderer'
import { accountsPath, platformsOfAccounts, targetIds } from './targetPlatforms'
import { initialTheme, themeChoices } from './themeChoices'

const fields: PreviewFields = { title: '双12 会员日', digest: '', slug: 'vip-day', hashtags: ['会员日', 3], hasCover: true, variants: [] }

test('the preview renders the body being typed, with the item’s other fields', () => {
  const { input, usesVariantBody } = previewInput({
    fields,
    body: '## 正文',
    platform: 'wechat',
    theme: 'tech',
    origin: 'http://127.0.0.1:3000',
  })
  assert.equal(usesVariantBody, false)
  assert.deepEqual(input, {
    title: '双12 会员日',
    digest: null,
    markdown: '## 正文',
    publicUrl: 'http://127.0.0.1:3000/articles/vip-day',
    theme: 'tech',
    hashtags: ['会员日'],
    coverUrl: 'http://127.0.0.1:3000/cover-preview',
  })
})

test("a platform's variant wins where it says something, and the writer is told", () => {
  const withVariant = { ...fields, variants: [{ platform: 'weibo', title: '', digest: null, body: '微博专用正文' }] }
  const weibo = previewInput({ fields: withVariant, body: '主正文', platform: 'weibo', theme: null, origin: 'http://x' })
  assert.equal(weibo.input.markdown, '微博专用正文')
  assert.equal(weibo.input.title, '双12 会员日')
  assert.equal(weibo.usesVariantBody, true)
  assert.equal(
    previewInput({ fields: withVariant, body: '主正文', platform: 'wechat', theme: null, origin: 'http://x' }).input.markdown,
    '主正文',
  )
})

test('the theme list is the templates’ own; the article’s theme is the starting one', () => {
  assert.deepEqual(
    themeChoices().map((t) => t.id),
    themes.map((t) => t.id),
  )
  assert.ok(themeChoices().every((t) => /[\u4e00-\u9fff]/.test(t.name)))
  assert.equal(initialTheme('tech'), 'tech')
  assert.equal(initialTheme(null), themes[0]?.id)
  assert.equal(initialTheme('gone'), themes[0]?.id)
})

test('the platforms to preview are those of the item’s accounts, in order, else all', () => {
  assert.deepEqual(targetIds([3, '1', { id: 2 }, null]), ['3', '1', '2'])
  const reply = {
    docs: [
      { id: 1, platform: 'weibo' },
      { id: 3, platform: 'wechat' },
      { id: 2, platform: 'wechat' },
    ],
  }
  assert.deepEqual(platformsOfAccounts({ ids: ['3', '1', '2'], reply }), ['wechat', 'weibo'])
  assert.deepEqual(platformsOfAccounts({ ids: [], reply: { docs: [] } }), [...PLATFORMS])
  assert.deepEqual(platformsOfAccounts({ ids: ['1'], reply: { errors: [] } }), [...PLATFORMS])
  assert.equal(new URL(accountsPath(['3', '1']), 'http://x').searchParams.get('where[id][in]'), '3,1')
})

test('a burst of requests renders the first and the newest only, and shows only the newest', async () => {
  let sent = 0
  const renderer = latestOnlyRenderer((onReply) => {
    const inner = mainThreadTransport(onReply)
    return { send: (job) => (sent++, inner.send(job)), close: inner.close }
  })
  const shown: string[] = []
  const done = new Promise<void>((resolve) => {
    for (let i = 1; i <= 5; i++) {
      renderer.request('weibo', { title: 't', markdown: `第 ${i} 版` }, (reply: RenderReply) => {
        shown.push('result' in reply ? reply.result.body : reply.error)
        if (i === 5) resolve()
      })
    }
  })
  await done
  renderer.close()
  assert.equal(sent, 2)
  assert.equal(shown.length, 1)
  assert.match(String(shown[0]), /第 5 版/)
})
