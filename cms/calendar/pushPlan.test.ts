import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { wechatProfile } from '../../lib/platforms'
import { accountTypeOf, effectivePushMode, pushPlanRefusal, type PushPlan } from './pushPlan'

const titles: Record<string, string> = { '1': '头条', '2': '次条甲', '3': '次条乙' }
const plan = (over: Partial<PushPlan>): PushPlan => ({
  push: wechatProfile.push,
  accountName: '测试公众号',
  platformLabel: '微信公众号',
  leadCollection: 'articles',
  leadId: '1',
  mode: null,
  tagId: null,
  bundle: [],
  titleOf: (id) => titles[id] ?? id,
  ...over,
})

describe('a slot’s push plan', () => {
  test('modes, tags and bundles only where the platform has push', () => {
    assert.equal(pushPlanRefusal(plan({ bundle: ['2', '3'], mode: 'mass' })), null)
    assert.match(pushPlanRefusal(plan({ push: undefined, mode: 'mass' })) ?? '', /推送方式/)
    assert.match(pushPlanRefusal(plan({ push: undefined, tagId: '100' })) ?? '', /标签/)
    assert.match(pushPlanRefusal(plan({ push: undefined, bundle: ['2'] })) ?? '', /次条/)
  })
  test('at most maxArticles - 1 more, no duplicates, the lead not repeated, the lead an article', () => {
    assert.match(pushPlanRefusal(plan({ bundle: ['2', '3', '4', '5', '6', '7', '8', '9'] })) ?? '', /最多 8 篇.*8 篇次条/)
    assert.match(pushPlanRefusal(plan({ bundle: ['2', '2'] })) ?? '', /《次条甲》在次条里出现了两次/)
    assert.match(pushPlanRefusal(plan({ bundle: ['1'] })) ?? '', /《头条》已经是头条/)
    assert.match(pushPlanRefusal(plan({ leadCollection: 'videos', bundle: ['2'] })) ?? '', /头条必须是一篇图文/)
  })
  test('the mode: the slot’s, else the account’s default, else the profile’s first; the account type from settings or the first listed', () => {
    const push = wechatProfile.push
    assert.equal(effectivePushMode({ push, entryMode: 'draft', settings: { defaultPushMode: 'publish' } }), 'draft')
    assert.equal(effectivePushMode({ push, entryMode: null, settings: { defaultPushMode: 'publish' } }), 'publish')
    assert.equal(effectivePushMode({ push, entryMode: null, settings: { defaultPushMode: 'nonsense' } }), 'publish')
    assert.equal(effectivePushMode({ push: undefined, entryMode: 'mass', settings: {} }), null)
    assert.equal(accountTypeOf({ push, settings: {} }), 'subscription')
    assert.equal(accountTypeOf({ push, settings: { accountType: 'service' } }), 'service')
  })
})
