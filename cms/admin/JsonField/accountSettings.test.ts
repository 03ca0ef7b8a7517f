import assert from 'node:assert/strict'
import { test } from 'node:test'
import { settingInputs, withSetting } from './accountSettings'

test("WeChat's settings as labelled inputs: switches, choices with Chinese options, text, with the publisher's defaults", () => {
  const inputs = settingInputs('wechat')
  const byKey = new Map(inputs.map((input) => [input.key, input]))
  assert.equal(byKey.get('openComments')?.kind, 'switch')
  assert.equal(byKey.get('openComments')?.label, '开启留言')
  assert.equal(byKey.get('openComments')?.defaultValue, false)
  assert.equal(byKey.get('linkToPublicPage')?.defaultValue, true)
  assert.deepEqual(byKey.get('accountType')?.options, [
    { value: 'subscription', label: '订阅号' },
    { value: 'service', label: '服务号' },
  ])
  assert.equal(byKey.get('accountType')?.defaultValue, 'subscription')
  assert.equal(byKey.get('defaultPushMode')?.kind, 'choice')
  assert.equal(byKey.get('defaultPushMode')?.optional, true)
  assert.ok(byKey.get('defaultPushMode')?.options.every((option) => /[\u4e00-\u9fff]/.test(option.label)))
  assert.equal(byKey.get('defaultAuthor')?.kind, 'text')
  for (const input of inputs) assert.match(input.label, /[\u4e00-\u9fff]/, `${input.key} has a Chinese label`)
})

test('each platform shows only its own settings; Toutiao has none, an unknown or unchosen platform none', () => {
  assert.deepEqual(
    settingInputs('weibo').map((input) => input.key),
    ['rip', 'secureDomain'],
  )
  assert.deepEqual(settingInputs('toutiao'), [])
  assert.deepEqual(settingInputs(undefined), [])
  assert.deepEqual(
    settingInputs('douyin').map((input) => input.key),
    ['serverPublishing', 'privateStatus'],
  )
  assert.deepEqual(settingInputs('xiaohongshu'), [])
  assert.deepEqual(settingInputs('nowhere'), [])
})

test('changing one setting keeps the others, including ones the form does not draw; emptying an optional one removes it', () => {
  const stored = { defaultAuthor: '小编', legacy: 1 }
  assert.deepEqual(withSetting(stored, 'openComments', true), { defaultAuthor: '小编', legacy: 1, openComments: true })
  assert.deepEqual(withSetting(stored, 'defaultAuthor', ''), { legacy: 1 })
  assert.deepEqual(withSetting(null, 'accountType', 'service'), { accountType: 'service' })
  assert.deepEqual(stored, { defaultAuthor: '小编', legacy: 1 }, 'the stored object is not changed in place')
})
