import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { fakeAccountData } from '../../fakes/shared/fakeAccounts'
import { createFakeControl, type FakeControl } from '../../fakes/shared/fakeControl'
import type { RunningFake } from '../../fakes/shared/fakeServer'
import { startToutiaoFake } from '../../fakes/toutiao'
import { startWechatFake } from '../../fakes/wechat'
import { type DeliveryReply, waitForDelivery } from '../../helpers/deliveries'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { startTestRedis, type TestRedis } from '../../helpers/redis'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'
import { startTestWorker, type TestWorker } from '../../helpers/worker'
import { readEverythingInRedis, readRedisFiles } from './redisAtRest'
import { startTokenTap, type TokenTap } from './tokenTap'

const here = path.dirname(fileURLToPath(import.meta.url))
const WECHAT_TOKEN_KEY = `cms:token:wechat:${(fakeAccountData('wechat', 'x').credentials as { appId: string }).appId}`
const TOUTIAO_TOKEN_KEY = 'cms:token:toutiao:open-id-1'
/** The demo account's user token, seeded into the Toutiao fake: canaries too. */
const SEEDED = ['act.FAKE_DEMO', 'rft.FAKE_DEMO']
const HOUR_MS = 3_600_000

let cms: TestCms
let redis: TestRedis
let worker: TestWorker | null = null
let fakes: RunningFake[] = []
let taps: Record<'wechat' | 'toutiao', TokenTap>
let control: Record<'wechat' | 'toutiao', FakeControl>
let editor = ''
let team: Awaited<ReturnType<typeof createTeam>>
const accounts: Record<'wechat' | 'toutiao', Id> = { wechat: 0, toutiao: 0 }
let seq = 0

async function approve(collection: 'articles' | 'videos', id: Id): Promise<void> {
  const reply = await api({
    url: cms.url,
    method: 'POST',
    path: `/api/${collection}/${id}/transition`,
    token: editor,
    body: { event: 'approve' },
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
}

async function approvedArticle(): Promise<Id> {
  const bytes = fs.readFileSync(path.join(here, '../../../cms/seed/assets/cover-double12.jpg'))
  const cover = await cms.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: '封面' },
    file: { data: bytes, mimetype: 'image/jpeg', name: `cover-${++seq}.jpg`, size: bytes.length },
  })
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: {
      title: `会员日攻略 ${seq}`,
      body: '## 活动说明\n\n全场满 199 减 30。',
      digest: '会员日满减',
      cover: cover.id,
      status: 'in_review',
      owner: team.copywriter.id,
    },
  })
  await approve('articles', id)
  return id
}

/** A well-formed ISO base media file (an ftyp box, then mdat): Payload checks the box structure of uploads. */
function mp4File(size = 8192): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypisom', 'latin1'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2', 'latin1'),
  ])
  const mdat = Buffer.alloc(size - ftyp.length, 0x20)
  mdat.writeUInt32BE(mdat.length, 0)
  mdat.write('mdat', 4, 'latin1')
  return Buffer.concat([ftyp, mdat])
}

async function approvedVideo(): Promise<Id> {
  const bytes = mp4File()
  const file = await cms.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: '开箱视频' },
    file: { data: bytes, mimetype: 'video/mp4', name: `clip-${++seq}.mp4`, size: bytes.length },
  })
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'videos',
    data: { title: `开箱实测 ${seq}`, file: file.id, status: 'in_review', owner: team.designer.id },
  })
  await approve('videos', id)
  return id
}

async function publish(content: { relationTo: 'articles' | 'videos'; value: Id }, account: Id): Promise<DeliveryReply> {
  const reply = await api<{ doc?: DeliveryReply }>({
    url: cms.url,
    method: 'POST',
    path: '/api/deliveries',
    token: editor,
    body: { content, account },
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  const done = await waitForDelivery({
    url: cms.url,
    token: editor,
    id: reply.body.doc!.id,
    states: ['published', 'failed', 'needs_reauth', 'unconfirmed'],
  })
  assert.equal(done.state, 'published', JSON.stringify(done.lastError))
  return done
}

const refreshes = async () => (await control.toutiao.entries('token')).filter((entry) => entry.data.grant === 'refresh_token').length

/** The last refresh reply the Toutiao fake sent: the token the account must now hold. */
function lastRefresh(): { accessToken: string; refreshToken: string; expiresAt: number; refreshExpiresAt: number } {
  const reply = taps.toutiao
    .replies()
    .filter((r) => r.path === '/oauth/refresh_token/')
    .at(-1)
  assert.ok(reply, 'the Toutiao token was refreshed')
  const data = (reply.json as { data: { access_token: string; refresh_token: string; expires_in: number; refresh_expires_in: number } })
    .data
  return {
    accessToken: data.access_token,
    refreshToken: data.refresh_token,
    expiresAt: reply.at + data.expires_in * 1000,
    refreshExpiresAt: reply.at + data.refresh_expires_in * 1000,
  }
}

async function assertAccountHolds(expected: ReturnType<typeof lastRefresh>): Promise<void> {
  const { readAccountCredentials } = await import('../../../cms/secrets/readAccountCredentials')
  const stored = await readAccountCredentials({ payload: cms.payload, id: accounts.toutiao })
  assert.equal(stored.refreshToken, expected.refreshToken, 'the rotated refresh token is sealed into the account')
  assert.equal(stored.accessToken, expected.accessToken)
  assert.ok(Math.abs(Date.parse(stored.expiresAt ?? '') - expected.expiresAt) < 5_000, `expiresAt ${stored.expiresAt}`)
  assert.ok(
    Math.abs(Date.parse(stored.refreshExpiresAt ?? '') - expected.refreshExpiresAt) < 5_000,
    `refreshExpiresAt ${stored.refreshExpiresAt}`,
  )
  assert.equal(stored.clientSecret, 'fake-toutiao-client-secret', 'the other credentials are kept')
  const raw = await readRaw({ payload: cms.payload, collection: 'platform-accounts', id: accounts.toutiao })
  const hint = raw?.credentialsHint as Record<string, { set: boolean; last4: string | null }>
  assert.deepEqual(hint.refreshToken, { set: true, last4: expected.refreshToken.slice(-4) })
  assert.deepEqual(hint.accessToken, { set: true, last4: expected.accessToken.slice(-4) })
}

before(async () => {
  const wechat = await startWechatFake({ port: 0, options: { publishPollsUntilFinal: 0 } })
  const toutiao = await startToutiaoFake({ port: 0, options: { rotateRefreshToken: true } })
  fakes = [wechat, toutiao]
  control = { wechat: createFakeControl(wechat.baseUrl), toutiao: createFakeControl(toutiao.baseUrl) }
  taps = { wechat: await startTokenTap(wechat.baseUrl), toutiao: await startTokenTap(toutiao.baseUrl) }
  process.env.WECHAT_API_BASE = taps.wechat.baseUrl
  process.env.TOUTIAO_API_BASE = taps.toutiao.baseUrl
  redis = await startTestRedis()
  cms = await startTestCms()
  process.env.PUBLIC_URL ??= cms.url
  team = await createTeam(cms.payload)
  editor = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
  const make = (data: Record<string, unknown>) => makeDoc({ payload: cms.payload, collection: 'platform-accounts', data })
  accounts.wechat = await make(fakeAccountData('wechat', '测试公众号'))
  accounts.toutiao = await make(fakeAccountData('toutiao', '测试头条号'))
  worker = await startTestWorker()
})

after(async () => {
  await worker?.stop()
  const { closeQueues } = await import('../../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.stop()
  await Promise.all([...fakes.map((fake) => fake.close()), ...Object.values(taps ?? {}).map((tap) => tap.close())])
})

describe('platform tokens at rest', () => {
  test('a Toutiao refresh that rotates the refresh token seals the new one into the account', async () => {
    // The demo access token dies before the upload: the publisher refreshes with rft.FAKE_DEMO, which the fake then retires.
    await control.toutiao.addFaults({ path: '/toutiao/video/upload/', kind: 'platform', action: 'expire-token' })
    await publish({ relationTo: 'articles', value: await approvedArticle() }, accounts.wechat)
    await publish({ relationTo: 'videos', value: await approvedVideo() }, accounts.toutiao)
    assert.equal(await refreshes(), 1)
    const rotated = lastRefresh()
    assert.notEqual(rotated.refreshToken, 'rft.FAKE_DEMO', 'the fake rotated the refresh token')
    await assertAccountHolds(rotated)
    assert.ok(await redis.client.exists(WECHAT_TOKEN_KEY, TOUTIAO_TOKEN_KEY), 'both tokens are cached in Redis')
  })

  test('an entry sealed under another key, or left in plaintext from before, is a miss; the next refresh uses the rotated token from the account', async () => {
    const { sealToken } = await import('../../../scheduler/tokens/sealedToken')
    const previous = lastRefresh()
    const foreign = 'act.SEALED_UNDER_ANOTHER_KEY'
    const legacy = 'LEGACY_PLAINTEXT_TOKEN'
    const farAhead = Date.now() + 24 * HOUR_MS
    await redis.client.set(
      TOUTIAO_TOKEN_KEY,
      sealToken({
        token: { value: foreign, expiresAt: farAhead, refreshToken: 'rft.FOREIGN' },
        redisKey: TOUTIAO_TOKEN_KEY,
        key: randomBytes(32),
      }),
      'PX',
      HOUR_MS,
    )
    await redis.client.set(WECHAT_TOKEN_KEY, JSON.stringify({ value: legacy, expiresAt: farAhead }), 'PX', HOUR_MS)
    // With the cache unreadable, the account's own credentials are the only source; the access token there dies too,
    // so the publisher must refresh, and the fake takes only the refresh token the first refresh handed out.
    await control.toutiao.addFaults({ path: '/toutiao/video/upload/', kind: 'platform', action: 'expire-token' })
    await publish({ relationTo: 'videos', value: await approvedVideo() }, accounts.toutiao)
    await publish({ relationTo: 'articles', value: await approvedArticle() }, accounts.wechat)

    const sent = [...taps.toutiao.requests(), ...taps.wechat.requests()].map((r) => r.text).join('\n')
    assert.ok(!sent.includes(foreign), 'a token sealed under another key was never used')
    assert.ok(!sent.includes(legacy), 'a plaintext entry was never used')
    assert.equal(await refreshes(), 2)
    const refreshRequest = taps.toutiao
      .requests()
      .filter((r) => r.path === '/oauth/refresh_token/')
      .at(-1)
    assert.ok(
      refreshRequest?.text.includes(`refresh_token=${encodeURIComponent(previous.refreshToken)}`),
      'refreshed with the rotated token',
    )
    await assertAccountHolds(lastRefresh())

    const { credentialsKey } = await import('../../../lib/secrets')
    const { openToken } = await import('../../../scheduler/tokens/sealedToken')
    const reopened = openToken({
      sealed: String(await redis.client.get(TOUTIAO_TOKEN_KEY)),
      redisKey: TOUTIAO_TOKEN_KEY,
      key: credentialsKey(),
    })
    assert.equal(reopened?.refreshToken, lastRefresh().refreshToken, 'the cache holds the new token again, sealed')
  })

  test('a sealed token copied to another account’s key does not open there', async () => {
    const { createRedisTokenStore } = await import('../../../scheduler/tokens/redisTokenStore')
    const { credentialsKey } = await import('../../../lib/secrets')
    const store = createRedisTokenStore({ redis: redis.client, sealingKey: credentialsKey })
    await store.set({ key: 'wechat:wxAAAA', token: { value: 'TOKEN-OF-A', expiresAt: Date.now() + HOUR_MS } })
    await redis.client.set('cms:token:wechat:wxBBBB', String(await redis.client.get('cms:token:wechat:wxAAAA')), 'PX', HOUR_MS)
    assert.equal((await store.get('wechat:wxAAAA'))?.value, 'TOKEN-OF-A')
    assert.equal(await store.get('wechat:wxBBBB'), undefined)
    const otherKey = createRedisTokenStore({ redis: redis.client, sealingKey: () => randomBytes(32) })
    assert.equal(await otherKey.get('wechat:wxAAAA'), undefined)
    await store.delete('wechat:wxAAAA')
    await store.delete('wechat:wxBBBB')
  })

  test('no issued token is readable in any Redis key, the AOF, an RDB snapshot, the database or the worker log', async () => {
    const canaries = [...taps.wechat.issued(), ...taps.toutiao.issued(), ...SEEDED]
    assert.ok(taps.wechat.issued().length >= 1 && taps.toutiao.issued().length >= 2, `canaries: ${canaries.length}`)
    const { keys, text } = await readEverythingInRedis(redis.client)
    assert.ok(keys.includes(WECHAT_TOKEN_KEY) && keys.includes(TOUTIAO_TOKEN_KEY), 'the token keys were read')
    for (const key of [WECHAT_TOKEN_KEY, TOUTIAO_TOKEN_KEY]) assert.match(String(await redis.client.get(key)), /^v1\./)
    for (const canary of canaries) assert.ok(!text.includes(canary), `Redis holds ${canary.slice(0, 8)}… in clear`)

    const persisted = await readRedisFiles(redis.client)
    const names = persisted.map((file) => file.name)
    assert.ok(names.some((name) => name.includes('.aof')) && names.some((name) => name.includes('.rdb')), names.join(', '))
    const database = fs
      .readdirSync(cms.dataDir)
      .filter((file) => file.startsWith('cms.db'))
      .map((file) => ({ name: file, bytes: fs.readFileSync(path.join(cms.dataDir, file)) }))
    for (const file of [...persisted, ...database]) {
      for (const canary of canaries)
        assert.equal(file.bytes.includes(Buffer.from(canary)), false, `${file.name} holds ${canary.slice(0, 8)}… in clear`)
    }
    const log = worker?.output() ?? ''
    for (const canary of canaries) assert.ok(!log.includes(canary), `the worker logged ${canary.slice(0, 8)}…`)
  })
})
