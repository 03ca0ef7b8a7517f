import type { CallbackRequest, CallbackResult } from '../../core/types'
import { wechatCredentialsSchema } from '../accountSchemas'
import { isReadableXml, textOfElement } from './flatXml'
import { readMassJobFinish } from './massJobReport'
import { hasValidSignature } from './signature'

const SUCCESS = { kind: 'reply', status: 200, contentType: 'text/plain', body: 'success' } as const

/**
 * WeChat's pushes to our callback address (明文模式; 兼容模式 also carries the plain fields). GET with
 * `echostr` is the server-address check: echo it when the signature holds. POST: MASSSENDJOBFINISH is
 * read into a report; every other event is answered `success` so WeChat does not retry it. Pure apart from
 * the hash, so it answers well inside WeChat's 5 s. A replayed event is harmless: its report repeats facts.
 */
export function receiveWechatCallback(args: CallbackRequest): CallbackResult {
  const credentials = wechatCredentialsSchema.safeParse(args.credentials)
  const token = credentials.success ? credentials.data.callbackToken : undefined
  if (token === undefined) return { kind: 'refused', reason: '该公众号没有设置回调令牌（Token），无法验证微信的推送' }
  if (!hasValidSignature({ token, query: args.query }))
    return { kind: 'refused', reason: '签名不符：推送不是来自微信，或回调令牌与公众号后台的不一致' }
  if (args.method === 'GET') {
    const echo = args.query.get('echostr')
    if (echo === null || echo === '') return { kind: 'refused', reason: '服务器地址校验缺少 echostr' }
    return { ...SUCCESS, body: echo }
  }
  if (!isReadableXml(args.body)) return { kind: 'refused', reason: '推送的内容不是可读的微信 XML' }
  if (textOfElement(args.body, 'MsgType') === undefined && args.body.includes('<Encrypt>')) {
    return { kind: 'refused', reason: '推送是加密的（安全模式）：请在公众号后台把消息加解密方式改为明文模式或兼容模式' }
  }
  if (textOfElement(args.body, 'Event') !== 'MASSSENDJOBFINISH') return { ...SUCCESS }
  const report = readMassJobFinish(args.body)
  if (report === undefined) return { kind: 'refused', reason: 'MASSSENDJOBFINISH 推送的字段不完整或格式不对' }
  return { ...SUCCESS, report }
}
