import { parseCredentials } from '../core/credentials'
import type { HttpClient } from '../core/http/httpClient'
import type { PublishContext } from '../core/types'
import { wechatCredentialsSchema } from './accountSchemas'
import { createWechatClient } from './client'
import type { WechatClient } from './client'

/** A client for a publish or a statistics run: both contexts carry the same credentials, tokens and signal. */
export function wechatClientForContext(args: {
  ctx: Pick<PublishContext, 'credentials' | 'tokens' | 'logger' | 'signal' | 'now'>
  apiBase: string
  http: HttpClient
}): WechatClient {
  const { ctx } = args
  const credentials = parseCredentials({ schema: wechatCredentialsSchema, value: ctx.credentials, platform: 'wechat' })
  return createWechatClient({
    apiBase: args.apiBase,
    http: args.http,
    credentials,
    tokens: ctx.tokens,
    logger: ctx.logger,
    signal: ctx.signal,
    now: ctx.now ?? Date.now,
  })
}
