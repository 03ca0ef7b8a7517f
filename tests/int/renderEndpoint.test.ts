import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

type Rendered = {
  title: string
  digest: string
  body: string
  format: string
  images: { src: string; role: string }[]
  issues: { code: string; message: string }[]
}
let cms: TestCms
let token = ''
let draftId: Id
let publishedId: Id
const MARKDOWN = '## 小标题\n\n正文第一段，[活动页](https://example.com/a)。\n\n![门店](https://img.example.com/store.jpg)\n'

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  token = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
  draftId = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: {
      title: '门店上新',
      slug: 'store-news',
      body: MARKDOWN,
      digest: '上新啦',
      variants: [{ platform: 'weibo', title: '微博专用标题' }],
    },
  })
  publishedId = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '已发布文章', body: '公开内容', status: 'published' },
  })
})
after(async () => cms?.close())

const render = (id: Id, platform: string, auth = true) =>
  api<Rendered & { errors?: { message: string }[] }>({
    url: cms.url,
    method: 'GET',
    path: `/api/articles/${id}/render?platform=${platform}`,
    token: auth ? token : null,
  })

test('WeChat: inline-styled HTML, outside links as footnotes, images listed for upload', async () => {
  const { status, body } = await render(draftId, 'wechat')
  assert.equal(status, 200)
  assert.equal(body.format, 'wechat-html')
  assert.ok(!/class=|<style|<script/.test(body.body))
  assert.ok(body.body.includes('style='))
  assert.ok(!body.body.includes('href="https://example.com/a"'), 'outside links are not links on WeChat')
  assert.ok(body.body.includes('https://example.com/a'), 'they are kept as footnotes')
  assert.ok(body.images.some((i) => i.src === 'https://img.example.com/store.jpg'))
  assert.ok(
    body.issues.some((i) => /封面/.test(i.message)),
    'a missing cover is reported',
  )
})

test('Weibo: the platform variant title, plain text with the public page link', async () => {
  const { status, body } = await render(draftId, 'weibo')
  assert.equal(status, 200)
  assert.equal(body.format, 'text')
  assert.ok(body.body.includes('微博专用标题'))
  assert.ok(body.body.includes('/articles/store-news'))
  assert.ok(!body.body.includes('<'))
})

test('Toutiao: clean HTML without links', async () => {
  const { body } = await render(draftId, 'toutiao')
  assert.equal(body.format, 'html')
  assert.ok(!body.body.includes('<a '))
})

test('bad platform is a clear 400; visitors may render only what they may read', async () => {
  const bad = await render(draftId, 'myspace')
  assert.equal(bad.status, 400)
  assert.match(String(bad.body.errors?.[0]?.message), /wechat \| weibo \| toutiao \| douyin \| xiaohongshu \| channels/)
  assert.equal((await render(draftId, 'wechat', false)).status, 404)
  assert.equal((await render(publishedId, 'wechat', false)).status, 200)
})
