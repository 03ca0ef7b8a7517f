import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Field, GroupField } from 'payload'
import { createTeam, type Id, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { settingInputs, withSetting } from '../../cms/admin/JsonField/accountSettings'
import { zonedToUtc } from '../../lib/zonedTime'
import { PLATFORMS, type PlatformId } from '../../lib/platforms'
import { douyinCredentialsSchema, douyinSettingsSchema } from '../../publishers/douyin/accountSchemas'
import { toutiaoCredentialsSchema } from '../../publishers/toutiao/accountSchemas'
import { wechatCredentialsSchema, wechatSettingsSchema } from '../../publishers/wechat/accountSchemas'
import { weiboCredentialsSchema, weiboSettingsSchema } from '../../publishers/weibo/accountSchemas'

/**
 * Issue #17: the platform-account form showed every platform's credential fields on every account,
 * raw JSON boxes for 发布设置 and 已保存的凭据, and an expiry typed as ISO 8601. Now: the chosen
 * platform's credentials only, settings as labelled inputs from the publisher's settings schema,
 * stored hints as sentences, the expiry picked in the team's zone. The schema is unchanged.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

/** The platforms with credentials; 小红书 and 视频号 are hand-offs and ask for none. */
const CREDENTIAL_SCHEMAS: Partial<Record<PlatformId, { shape: object }>> = {
  wechat: wechatCredentialsSchema,
  weibo: weiboCredentialsSchema,
  toutiao: toutiaoCredentialsSchema,
  douyin: douyinCredentialsSchema,
}
const SETTINGS_SCHEMAS = { wechat: wechatSettingsSchema, weibo: weiboSettingsSchema }

function accountField(name: string): Field {
  const collection = cms.config.collections.find((c) => c.slug === 'platform-accounts')
  const field = collection?.fields.find((f) => 'name' in f && f.name === name)
  assert.ok(field, name)
  return field
}

/** The credential inputs the admin draws for an account of `platform`: the group's and each field's own condition. */
function shownCredentialInputs(platform: string | undefined): string[] {
  const group = accountField('credentials') as GroupField
  const data = { platform }
  const passes = (field: Field) =>
    !field.admin?.condition || field.admin.condition(data, data, { blockData: data, operation: 'update', path: [], user: null } as never)
  if (!passes(group)) return []
  return group.fields.filter(passes).flatMap((field) => ('name' in field ? [field.name] : []))
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
})
after(async () => cms?.close())

describe('the account form shows the chosen platform only', () => {
  test("each platform's credential inputs are what its publisher reads, and no other platform's", () => {
    assert.deepEqual(shownCredentialInputs(undefined), [], 'nothing before a platform is chosen')
    assert.deepEqual(shownCredentialInputs('wechat'), ['appId', 'appSecret', 'callbackToken'])
    for (const platform of PLATFORMS) {
      const shown = shownCredentialInputs(platform)
      const schema = CREDENTIAL_SCHEMAS[platform]
      if (schema === undefined) {
        assert.deepEqual(shown, [], `${platform} is a hand-off: no credentials asked`)
        continue
      }
      assert.ok(shown.length > 0, platform)
      const read = Object.keys(schema.shape)
      for (const key of shown) assert.ok(read.includes(key), `${platform} shows ${key}, which its publisher never reads`)
    }
    assert.ok(!shownCredentialInputs('wechat').some((key) => ['appKey', 'clientKey', 'accessToken'].includes(key)))
  })

  test('settings, stored hints and the expiry use the form components, registered for the admin (no raw JSON box)', () => {
    const importMap = fs.readFileSync(path.join(process.cwd(), 'app/(payload)/admin/importMap.js'), 'utf8')
    const settings = accountField('settings')
    const hints = accountField('credentialsHint')
    const expiry = (accountField('credentials') as GroupField).fields.find((f) => 'name' in f && f.name === 'expiresAt')
    for (const field of [settings, hints, expiry]) {
      const component = (field?.admin as { components?: { Field?: unknown } } | undefined)?.components?.Field
      assert.equal(typeof component, 'string')
      assert.ok(!String(component).includes('JsonField#JsonField'), String(component))
      assert.ok(importMap.includes(`"${String(component)}"`), `${String(component)} is in the import map`)
    }
  })
})

describe('what the form writes is what the publishers read (REST)', () => {
  test('settings set through the labelled inputs round-trip and parse with the WeChat publisher’s schema', async () => {
    let settings: Record<string, unknown> = {}
    const keys = settingInputs('wechat').map((input) => input.key)
    assert.ok(keys.includes('accountType') && keys.includes('openComments'))
    settings = withSetting(settings, 'accountType', 'service')
    settings = withSetting(settings, 'openComments', true)
    settings = withSetting(settings, 'defaultAuthor', '品牌小编')
    const created = await api<{ doc: { id: Id } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/platform-accounts',
      token: tokens.admin,
      body: { platform: 'wechat', name: '品牌公众号', settings },
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const read = await api<{ settings: unknown }>({
      url: cms.url,
      method: 'GET',
      path: `/api/platform-accounts/${created.body.doc.id}`,
      token: tokens.editor,
    })
    const parsed = SETTINGS_SCHEMAS.wechat.parse(read.body.settings)
    assert.equal(parsed.accountType, 'service')
    assert.equal(parsed.openComments, true)
    assert.equal(parsed.defaultAuthor, '品牌小编')
    const copywriter = await api<{ settings?: unknown }>({
      url: cms.url,
      method: 'GET',
      path: `/api/platform-accounts/${created.body.doc.id}`,
      token: tokens.copywriter,
    })
    assert.equal(copywriter.body.settings, undefined, 'a copywriter still sees no settings')
  })

  test("Douyin's settings: server publishing off and public by default; what the form writes parses with the publisher's schema", () => {
    const inputs = settingInputs('douyin')
    assert.deepEqual(
      inputs.map((input) => [input.key, input.kind, input.defaultValue]),
      [
        ['serverPublishing', 'switch', false],
        ['privateStatus', 'choice', '0'],
      ],
    )
    assert.deepEqual(
      inputs[1]?.options.map((option) => option.label),
      ['公开', '仅自己可见'],
    )
    assert.deepEqual(douyinSettingsSchema.parse({}), { serverPublishing: false, privateStatus: 0 })
    const written = withSetting(withSetting({}, 'serverPublishing', true), 'privateStatus', '1')
    assert.deepEqual(douyinSettingsSchema.parse(written), { serverPublishing: true, privateStatus: 1 })
    assert.deepEqual(settingInputs('xiaohongshu'), [])
  })

  test("Weibo's settings inputs are the publisher's settings", () => {
    assert.deepEqual(
      settingInputs('weibo').map((input) => input.key),
      Object.keys(SETTINGS_SCHEMAS.weibo.shape),
    )
  })

  test('an expiry picked as 2027-01-31 23:59 北京时间 is stored as that instant; the reply never shows it, the hint says it is set', async () => {
    const expiresAt = zonedToUtc({ date: '2027-01-31', time: '23:59', timeZone: 'Asia/Shanghai' }).toISOString()
    assert.equal(expiresAt, '2027-01-31T15:59:00.000Z')
    const created = await api<{
      doc: { id: Id; credentials?: Record<string, unknown>; credentialsHint?: Record<string, { set: boolean }> }
    }>({
      url: cms.url,
      method: 'POST',
      path: '/api/platform-accounts',
      token: tokens.admin,
      body: {
        platform: 'weibo',
        name: '品牌微博',
        credentials: { appKey: '12345678', appSecret: 'weibo-secret-1234', accessToken: '2.00abcdefgh', expiresAt },
      },
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    assert.equal(created.body.doc.credentials?.expiresAt ?? null, null)
    assert.equal(created.body.doc.credentialsHint?.expiresAt?.set, true)
    const { readAccountCredentials } = await import('../../cms/secrets/readAccountCredentials')
    const stored = await readAccountCredentials({ payload: cms.payload, id: created.body.doc.id })
    assert.equal(stored.expiresAt, expiresAt)
  })
})
