import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import { capabilitiesOf } from '../core/publisher'
import type { Publisher } from '../core/publisher'
import { wechatCredentialsSchema, wechatSettingsSchema } from './accountSchemas'
import type { WechatSettings } from './accountSchemas'
import { receiveWechatCallback } from './callback/receiveCallback'
import { checkWechatStatus } from './checkStatus'
import { wechatClientForContext } from './clientForContext'
import { WECHAT_BACK_OFFICE_URL, WECHAT_DEFAULT_API_BASE } from './config'
import type { WechatConfig } from './config'
import { previewOnWechat } from './preview'
import { publishToWechat } from './publish'
import { testWechatConnection } from './testConnection'
import { validateWechatRequest } from './validate'

export function createWechatPublisher(config: WechatConfig & { http?: HttpClient } = {}): Publisher<WechatSettings> {
  const apiBase = (config.apiBase ?? WECHAT_DEFAULT_API_BASE).replace(/\/+$/, '')
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  return {
    id: 'wechat',
    capabilities: capabilitiesOf({ publisher: 'wechat', backOfficeUrl: WECHAT_BACK_OFFICE_URL }),
    settingsSchema: wechatSettingsSchema,
    credentialsSchema: wechatCredentialsSchema,
    validate: validateWechatRequest,
    publish: async ({ request, ctx }) => publishToWechat({ request, ctx, client: wechatClientForContext({ ctx, apiBase, http }) }),
    checkStatus: async ({ remoteIds, ctx, attempt }) =>
      checkWechatStatus({ remoteIds, ctx, attempt, client: wechatClientForContext({ ctx, apiBase, http }) }),
    testConnection: async ({ ctx }) => testWechatConnection({ client: wechatClientForContext({ ctx, apiBase, http }) }),
    preview: async ({ request, ctx, recipient }) =>
      previewOnWechat({ request, ctx, recipient, client: wechatClientForContext({ ctx, apiBase, http }) }),
    receiveCallback: receiveWechatCallback,
  }
}

export type { WechatSettings, WechatCredentials, WechatAccountType } from './accountSchemas'
export { WECHAT_ACCOUNT_TYPES } from './accountSchemas'
export type { WechatConfig } from './config'
export { createWechatStatsCollector } from './stats'
