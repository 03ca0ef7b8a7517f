import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import { capabilitiesOf } from '../core/publisher'
import type { Publisher } from '../core/publisher'
import { toutiaoCredentialsSchema, toutiaoVideoSettingsSchema } from './accountSchemas'
import type { ToutiaoVideoSettings } from './accountSchemas'
import { createToutiaoOauthClient, createToutiaoVideoClient } from './client'
import { resolveToutiaoHosts, TOUTIAO_BACK_OFFICE_URL } from './config'
import type { ToutiaoConfig } from './config'
import { savingRefreshedTokens } from './oauth'
import { publishToutiaoVideo, validateToutiaoVideo } from './videoPublish'

/** The one official Toutiao capability: video upload and publish on the open platform (toutiao.md §1.2). */
export function createToutiaoVideoPublisher(config: ToutiaoConfig & { http?: HttpClient } = {}): Publisher<ToutiaoVideoSettings> {
  const { apiBase, oauthBase } = resolveToutiaoHosts(config)
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  return {
    id: 'toutiao-video',
    capabilities: capabilitiesOf({ publisher: 'toutiao-video', backOfficeUrl: TOUTIAO_BACK_OFFICE_URL }),
    settingsSchema: toutiaoVideoSettingsSchema,
    credentialsSchema: toutiaoCredentialsSchema,
    validate: validateToutiaoVideo,
    publish: async ({ request, ctx }) =>
      publishToutiaoVideo({
        request,
        ctx,
        makeClient: (credentials) => {
          const deps = { http, logger: ctx.logger, signal: ctx.signal, now: ctx.now ?? Date.now }
          const oauth = createToutiaoOauthClient({
            ...deps,
            oauthBase,
            clientKey: credentials.clientKey,
            clientSecret: credentials.clientSecret,
          })
          return createToutiaoVideoClient({
            ...deps,
            apiBase,
            credentials,
            tokens: ctx.tokens,
            oauth: savingRefreshedTokens({ oauth, ctx }),
          })
        },
      }),
  }
}
