import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, describe, test } from 'node:test'
import type { CallbackResult } from '../../publishers/core/types'
import { createWechatPublisher } from '../../publishers/wechat'
import { startWechatFake } from '../fakes/wechat'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { createTestContext } from './harness'
import { WECHAT_BUNDLE_ASSETS, WECHAT_CREDENTIALS, wechatMassRequest } from './wechatFixtures'

const CALLBACK_TOKEN = 'fake-wechat-callback-token'
const CREDENTIALS = { ...WECHAT_CREDENTIALS, callbackToken: CALLBACK_TOKEN }

/** Our callback address as the CMS would serve it: the publisher decides, 403 on a refusal. */
let receiver: http.Server
let receiverUrl: string
const results: CallbackResult[] = []
let fake: RunningFake
let control: FakeControl

const publisher = () => createWechatPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })

before(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://callback.local')
      const result = publisher().receiveCallback!({
        method: request.method === 'GET' ? 'GET' : 'POST',
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
        credentials: CREDENTIALS,
      })
      results.push(result)
      if (result.kind === 'refused') response.writeHead(403).end()
      else response.writeHead(result.status, { 'content-type': result.contentType }).end(result.body)
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/callbacks/wechat/1`
  fake = await startWechatFake({ options: { callbackUrl: receiverUrl, callbackToken: CALLBACK_TOKEN } })
  control = createFakeControl(fake.baseUrl)
})
after(async () => {
  await fake.close()
  receiver.closeAllConnections()
  await new Promise<void>((resolve) => receiver.close(() => resolve()))
})
beforeEach(async () => {
  await control.reset()
  results.length = 0
})

const signed = (token: string, extra: Record<string, string> = {}): URLSearchParams => {
  const timestamp = '1764820000'
  const nonce = '271828'
  const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex')
  return new URLSearchParams({ signature, timestamp, nonce, ...extra })
}

async function sendAndFinish(extra = 2): Promise<Record<string, string>> {
  const { ctx, recorded } = createTestContext({ credentials: CREDENTIALS, assets: WECHAT_BUNDLE_ASSETS })
  await publisher().publish({ request: wechatMassRequest({ extra }), ctx })
  await control.addFaults({ kind: 'platform', action: 'finish-mass-jobs' })
  await fetch(`${fake.baseUrl}/cgi-bin/draft/count`)
  return recorded
}

async function waitForEntry(kind: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i += 1) {
    const [entry] = await control.entries(kind)
    if (entry) return entry.data
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`no ${kind} entry`)
}

describe('wechat callback (MASSSENDJOBFINISH) through the fake', () => {
  test('the server-address check (GET echostr) is echoed only with a good signature', () => {
    const p = publisher()
    const good = p.receiveCallback!({
      method: 'GET',
      query: signed(CALLBACK_TOKEN, { echostr: 'echo-123' }),
      body: '',
      credentials: CREDENTIALS,
    })
    assert.deepEqual(good, { kind: 'reply', status: 200, contentType: 'text/plain', body: 'echo-123' })
    const bad = p.receiveCallback!({ method: 'GET', query: signed('other', { echostr: 'echo-123' }), body: '', credentials: CREDENTIALS })
    assert.equal(bad.kind, 'refused')
    const noToken = p.receiveCallback!({
      method: 'GET',
      query: signed(CALLBACK_TOKEN, { echostr: 'x' }),
      body: '',
      credentials: WECHAT_CREDENTIALS,
    })
    assert.equal(noToken.kind, 'refused')
  })

  test('a finished 3-article job: the signed event is answered "success" and read into a report with the 3 links, 0-based', async () => {
    const recorded = await sendAndFinish()
    const sent = await waitForEntry('callback')
    assert.equal(sent.status, 200)
    assert.equal(sent.answer, 'success')
    const [result] = results
    assert.equal(result?.kind, 'reply')
    if (result?.kind !== 'reply') return
    const report = result.report
    assert.ok(report)
    assert.equal(report.jobId, recorded.msgId)
    assert.equal(report.succeeded, true)
    assert.equal(report.statusText, '群发成功：3 人收到')
    assert.equal(report.articleUrls.length, 3)
    assert.match(report.articleUrls[0] ?? '', new RegExp(`mid=${recorded.msgDataId}&idx=1&`))
    assert.match(report.articleUrls[2] ?? '', /&idx=3&/)
    assert.deepEqual(report.counts, { total: 3, filtered: 3, sent: 3, errors: 0 })
    assert.deepEqual(report.raw.copyright, { count: 0, checkState: '1' })
  })

  test('a bad signature is refused (403) and reports nothing', async () => {
    await control.addFaults({ kind: 'platform', action: 'bad-callback-signature' })
    await sendAndFinish(0)
    const sent = await waitForEntry('callback')
    assert.equal(sent.badSignature, true)
    assert.equal(sent.status, 403)
    assert.deepEqual(
      results.map((result) => result.kind),
      ['refused'],
    )
  })

  test('an audit failure reads as a failure in Chinese; other events are answered without a report; held events are not sent', async () => {
    await control.configure({ massFinalStatus: 'SEND_FAIL', massFailStatus: 'err(20001)' })
    await sendAndFinish(0)
    await waitForEntry('callback')
    const failed = results[0]
    assert.ok(failed?.kind === 'reply' && failed.report)
    if (failed?.kind !== 'reply' || !failed.report) return
    assert.equal(failed.report.succeeded, false)
    assert.equal(failed.report.statusText, '群发未通过审核：涉嫌政治（err(20001)）')
    assert.deepEqual(failed.report.articleUrls, [])

    const p = publisher()
    const subscribe =
      '<xml><ToUserName><![CDATA[gh_fake000001]]></ToUserName><FromUserName><![CDATA[oUser]]></FromUserName>' +
      '<CreateTime>1764820000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>'
    const other = p.receiveCallback!({ method: 'POST', query: signed(CALLBACK_TOKEN), body: subscribe, credentials: CREDENTIALS })
    assert.deepEqual(other, { kind: 'reply', status: 200, contentType: 'text/plain', body: 'success' })
    const encrypted = p.receiveCallback!({
      method: 'POST',
      query: signed(CALLBACK_TOKEN),
      body: '<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[abc]]></Encrypt></xml>',
      credentials: CREDENTIALS,
    })
    assert.equal(encrypted.kind, 'refused')
    const hostile = p.receiveCallback!({
      method: 'POST',
      query: signed(CALLBACK_TOKEN),
      body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Event>&e;</Event></xml>',
      credentials: CREDENTIALS,
    })
    assert.equal(hostile.kind, 'refused')
    const broken = p.receiveCallback!({
      method: 'POST',
      query: signed(CALLBACK_TOKEN),
      body: '<xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>abc</MsgID></xml>',
      credentials: CREDENTIALS,
    })
    assert.equal(broken.kind, 'refused')

    await control.reset()
    results.length = 0
    await control.configure({ holdCallback: true })
    await sendAndFinish(1)
    const held = await waitForEntry('callback-held')
    assert.match(String(held.xml), /<ArticleIdx>2<\/ArticleIdx>/)
    assert.equal((await control.entries('callback')).length, 0)
    const query = new URLSearchParams(held.query as Record<string, string>)
    const replayed = p.receiveCallback!({ method: 'POST', query, body: String(held.xml), credentials: CREDENTIALS })
    assert.ok(replayed.kind === 'reply' && replayed.report?.articleUrls.length === 2)
  })
})
