import { createHash, randomBytes } from 'node:crypto'
import type { FakeMassJob, WechatFakeState } from './state'

/** The fake's own signing (independent of the adapter's code on purpose): sha1 of the sorted token, timestamp, nonce. */
export function fakeWechatSignature(args: { token: string; timestamp: string; nonce: string }): string {
  return createHash('sha1').update([args.token, args.timestamp, args.nonce].sort().join('')).digest('hex')
}

/** A link the way mass-sent articles look, `mid` = msg_data_id and `idx` 1-based (analytics.md). */
export function fakeMassArticleUrl(job: FakeMassJob, index: number): string {
  return `http://mp.weixin.qq.com/s?__biz=MzFAKE==&mid=${job.msgDataId}&idx=${index + 1}&sn=fake${job.msgId}`
}

/** MASSSENDJOBFINISH as wechat.md §9.9 shows it: one ArticleUrlResult item per article, ArticleIdx 1-based. */
export function massJobFinishXml(state: WechatFakeState, job: FakeMassJob): string {
  const ok = job.status === 'SEND_SUCCESS'
  const status = ok ? 'send success' : state.config.massFailStatus
  const items = ok
    ? job.articles.map(
        (_, index) =>
          `<item><ArticleIdx>${index + 1}</ArticleIdx><ArticleUrl><![CDATA[${fakeMassArticleUrl(job, index)}]]></ArticleUrl></item>`,
      )
    : []
  return (
    `<xml><ToUserName><![CDATA[gh_fake000001]]></ToUserName><FromUserName><![CDATA[oMpHelperFAKE]]></FromUserName>` +
    `<CreateTime>${Math.floor(state.clock.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType>` +
    `<Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>${job.msgId}</MsgID><Status><![CDATA[${status}]]></Status>` +
    `<TotalCount>${state.config.followers}</TotalCount><FilterCount>${job.sent + job.errors}</FilterCount>` +
    `<SentCount>${ok ? job.sent : 0}</SentCount><ErrorCount>${ok ? job.errors : job.sent + job.errors}</ErrorCount>` +
    `<CopyrightCheckResult><Count>0</Count><ResultList></ResultList><CheckState>1</CheckState></CopyrightCheckResult>` +
    `<ArticleUrlResult><Count>${items.length}</Count><ResultList>${items.join('')}</ResultList></ArticleUrlResult></xml>`
  )
}

/**
 * Pushes the finished job's event to `callbackUrl` with WeChat's signature query, and records what was
 * sent and the answer (`callback`), or only the event when `holdCallback` is set (`callback-held`).
 * Platform fault `bad-callback-signature` signs the next one with a wrong token.
 */
export async function pushMassJobFinish(state: WechatFakeState, job: FakeMassJob): Promise<void> {
  const url = state.config.callbackUrl
  if (url === undefined) return
  const xml = massJobFinishXml(state, job)
  const timestamp = String(Math.floor(state.clock.now() / 1000))
  const nonce = String(randomBytes(4).readUInt32BE(0))
  const badSignature = state.badSignatures > 0
  if (badSignature) state.badSignatures -= 1
  const token = badSignature ? `${state.config.callbackToken}-wrong` : state.config.callbackToken
  const query = { signature: fakeWechatSignature({ token, timestamp, nonce }), timestamp, nonce }
  const at = state.clock.now()
  if (state.config.holdCallback) {
    state.ledger.record({ kind: 'callback-held', data: { msg_id: job.msgId, url, query, xml }, at })
    return
  }
  const target = new URL(url)
  for (const [name, value] of Object.entries(query)) target.searchParams.set(name, value)
  try {
    const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8' }, body: xml })
    const answer = await response.text()
    state.ledger.record({
      kind: 'callback',
      data: { msg_id: job.msgId, url, query, xml, badSignature, status: response.status, answer },
      at,
    })
  } catch (error) {
    state.ledger.record({ kind: 'callback', data: { msg_id: job.msgId, url, query, xml, badSignature, error: String(error) }, at })
  }
}
