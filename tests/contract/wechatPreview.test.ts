import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { QuotaExceededError } from '../../publishers/core/errors'
import { createWechatPublisher } from '../../publishers/wechat'
import { startWechatFake } from '../fakes/wechat'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { countKinds } from './assets'
import { createTestContext } from './harness'
import { WECHAT_BUNDLE_ASSETS, WECHAT_CREDENTIALS, wechatMassRequest } from './wechatFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWechatFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const publisher = () => createWechatPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
const context = () => createTestContext({ credentials: WECHAT_CREDENTIALS, assets: WECHAT_BUNDLE_ASSETS })

describe('wechat phone preview (message/mass/preview) through the fake', () => {
  test('a fresh draft of the lead and bundle goes to one WeChat ID, then the draft is deleted; nothing is recorded, nothing sent', async () => {
    const { ctx, recorded } = context()
    const result = await publisher().preview!({ request: wechatMassRequest({ extra: 1 }), ctx, recipient: ' editor_wx ' })
    const [preview] = await control.entries('preview')
    assert.equal(result.previewId, preview?.data.msg_id)
    assert.equal(preview?.data.towxname, 'editor_wx')
    assert.deepEqual(preview?.data.titles, ['618 会员日：新人福利上线', '次条 1：会员日攻略'])
    const counts = countKinds((await control.ledger()).entries)
    assert.equal(counts.draft, 1)
    assert.equal(counts.sendall, undefined)
    assert.deepEqual(recorded, {}, 'a preview records nothing on the delivery')
    assert.ok(
      (await control.requests()).some((request) => request.path === '/cgi-bin/draft/delete'),
      'the preview draft is not left in 草稿箱',
    )
  })

  test('the 101st preview of the day is refused in words; a mass send still works', async () => {
    await control.configure({ previewDailyLimit: 1 })
    const p = publisher()
    await p.preview!({ request: wechatMassRequest(), ctx: context().ctx, recipient: 'editor_wx' })
    await assert.rejects(p.preview!({ request: wechatMassRequest(), ctx: context().ctx, recipient: 'editor_wx' }), (error) => {
      assert.ok(error instanceof QuotaExceededError)
      assert.equal(error.message, '今天的预览次数（100 次）已用完，明天再试')
      return true
    })
    assert.equal((await p.publish({ request: wechatMassRequest(), ctx: context().ctx })).state, 'processing')
  })
})
