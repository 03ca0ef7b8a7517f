import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { fakeAccountData } from '../../fakes/shared/fakeAccounts'
import { createFakeControl, type FakeControl } from '../../fakes/shared/fakeControl'
import type { RunningFake } from '../../fakes/shared/fakeServer'
import { startWechatFake } from '../../fakes/wechat'
import { waitForDelivery } from '../../helpers/deliveries'
import { createTeam, type Id, makeDoc, PASSWORD } from '../../helpers/fixtures'
import { useTestRedis } from '../../helpers/redis'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'
import { startTestWorker, type TestWorker } from '../../helpers/worker'

/**
 * Issue #10, hole 12b: an IPv6-literal image in an approved article failed the whole delivery as
 * "Invalid URL" (an internal error). Now it is refused as a content problem naming the image, and
 * nothing reaches the platform.
 */
const here = path.dirname(fileURLToPath(import.meta.url))
let cms: TestCms
let worker: TestWorker | null = null
let redis: Awaited<ReturnType<typeof useTestRedis>> | null = null
let wechat: RunningFake
let ledger: FakeControl
let editor = ''
let team: Awaited<ReturnType<typeof createTeam>>
let account: Id

before(async () => {
  wechat = await startWechatFake({ port: 0 })
  process.env.WECHAT_API_BASE = wechat.baseUrl
  ledger = createFakeControl(wechat.baseUrl)
  redis = await useTestRedis()
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  editor = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
  account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: fakeAccountData('wechat', '测试公众号') })
  worker = await startTestWorker()
})
after(async () => {
  await worker?.stop()
  const { closeQueues } = await import('../../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.release()
  await wechat?.close()
})

test('an approved article with an image at http://[::1]/ fails as a content problem naming the image; the platform gets nothing', async () => {
  const bytes = fs.readFileSync(path.join(here, '../../../cms/seed/assets/cover-double12.jpg'))
  const cover = await cms.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: '封面' },
    file: { data: bytes, mimetype: 'image/jpeg', name: 'cover.jpg', size: bytes.length },
  })
  const body = '## 门店地图\n\n![门店](http://[::1]/a.png)\n\n会员日全场满 199 减 30。\n'
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '内网图片', body, digest: '摘要', cover: cover.id, status: 'in_review', owner: team.copywriter.id },
  })
  assert.equal(
    (await api({ url: cms.url, method: 'POST', path: `/api/articles/${id}/transition`, token: editor, body: { event: 'approve' } })).status,
    200,
  )

  const started = await api<{ doc: { id: Id } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/deliveries',
    token: editor,
    body: { content: { relationTo: 'articles', value: id }, account },
  })
  assert.equal(started.status, 201, JSON.stringify(started.body))
  const done = await waitForDelivery({
    url: cms.url,
    token: editor,
    id: started.body.doc.id,
    states: ['failed', 'published', 'unconfirmed', 'needs_reauth'],
  })
  assert.equal(done.state, 'failed')
  assert.equal(done.lastError?.kind, 'content_rejected', JSON.stringify(done.lastError))
  assert.match(String(done.lastError?.message), /图片 http:\/\/\[::1\]\/a\.png 指向本机、内网或保留的地址/)
  assert.match(String(done.lastError?.message), /素材库/)
  for (const kind of ['uploadimg', 'material', 'draft', 'publish']) assert.equal((await ledger.entries(kind)).length, 0, kind)
})
