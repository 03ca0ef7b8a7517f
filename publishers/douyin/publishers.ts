import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import { parseCredentials } from '../core/credentials'
import { assertNoBlockingIssues } from '../core/issues'
import { capabilitiesOf } from '../core/publisher'
import type { Publisher } from '../core/publisher'
import type { PublishContext, PublishRequest } from '../core/types'
import { douyinCredentialsSchema, douyinSettingsSchema } from './accountSchemas'
import type { DouyinSettings } from './accountSchemas'
import { createDouyinOauthClient, createDouyinUserClient, fetchDouyinTicket } from './client'
import type { DouyinUserClient } from './client'
import { DOUYIN_BACK_OFFICE_URL, resolveDouyinHost } from './config'
import type { DouyinConfig } from './config'
import { publishDouyinImageText } from './imageTextPublish'
import { douyinShareHandoff } from './share'
import { checkDouyinItem } from './status'
import { testDouyinConnection } from './testConnection'
import { validateDouyinImageText, validateDouyinVideo } from './validate'
import { DOUYIN_UPLOAD_SIZES, publishDouyinVideo } from './videoPublish'
import type { DouyinUploadSizes } from './videoPublish'

export type DouyinPublisherConfig = DouyinConfig & { http?: HttpClient; uploadSizes?: DouyinUploadSizes }

/** What both publishers share: the host, one HTTP client, the user client of a run, the share hand-off. */
function douyinParts(config: DouyinPublisherConfig) {
  const apiBase = resolveDouyinHost(config)
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  const deps = (ctx: PublishContext) => ({ http, logger: ctx.logger, signal: ctx.signal, now: ctx.now ?? Date.now })
  const oauthFor = (ctx: PublishContext, app: { clientKey: string; clientSecret: string }) =>
    createDouyinOauthClient({ ...deps(ctx), apiBase, ...app })
  const userClient =
    (ctx: PublishContext) =>
    (credentials: ReturnType<typeof douyinCredentialsSchema.parse>): DouyinUserClient =>
      createDouyinUserClient({ ...deps(ctx), apiBase, credentials, tokens: ctx.tokens, oauth: oauthFor(ctx, credentials), ctx })
  const handoff = (request: PublishRequest<unknown>, ctx: PublishContext) =>
    douyinShareHandoff({
      request,
      ctx,
      makeOauth: (app) => oauthFor(ctx, app),
      fetchTicket: ({ clientToken }) => fetchDouyinTicket({ ...deps(ctx), apiBase, clientToken }),
    })
  const checkStatus: Publisher<DouyinSettings>['checkStatus'] = async ({ remoteIds, ctx, attempt }) => {
    const itemId = remoteIds.item
    if (!itemId) return { state: 'failed', reason: '抖音：没有记录作品 ID，无法查询审核状态', remoteIds }
    const credentials = parseCredentials({ schema: douyinCredentialsSchema, value: ctx.credentials, platform: 'douyin' })
    return checkDouyinItem({ client: userClient(ctx)(credentials), itemId, remoteIds, attempt: attempt ?? 0 })
  }
  const testConnection: Publisher<DouyinSettings>['testConnection'] = ({ ctx }) =>
    testDouyinConnection({ ctx, makeOauth: (app) => oauthFor(ctx, app), makeClient: userClient(ctx) })
  return { userClient, handoff, checkStatus, testConnection }
}

/**
 * 抖音 videos (douyin.md §3): through the API when the account's app has `video.create.bind`
 * (settings.serverPublishing), else the share hand-off to a person with the phone (§6).
 */
export function createDouyinVideoPublisher(config: DouyinPublisherConfig = {}): Publisher<DouyinSettings> {
  const parts = douyinParts(config)
  return {
    id: 'douyin-video',
    capabilities: capabilitiesOf({ publisher: 'douyin-video', backOfficeUrl: DOUYIN_BACK_OFFICE_URL }),
    settingsSchema: douyinSettingsSchema,
    credentialsSchema: douyinCredentialsSchema.partial(),
    validate: validateDouyinVideo,
    async publish({ request, ctx }) {
      if (!request.settings.serverPublishing) {
        assertNoBlockingIssues({ issues: validateDouyinVideo({ request }), platform: 'douyin' })
        return parts.handoff(request, ctx)
      }
      return publishDouyinVideo({ request, ctx, makeClient: parts.userClient(ctx), sizes: config.uploadSizes ?? DOUYIN_UPLOAD_SIZES })
    },
    checkStatus: parts.checkStatus,
    testConnection: parts.testConnection,
  }
}

/** 抖音 图集 for posters and notes (douyin.md §3.4), or the share hand-off like the video publisher. */
export function createDouyinImageTextPublisher(config: DouyinPublisherConfig = {}): Publisher<DouyinSettings> {
  const parts = douyinParts(config)
  return {
    id: 'douyin-image-text',
    capabilities: capabilitiesOf({ publisher: 'douyin-image-text', backOfficeUrl: DOUYIN_BACK_OFFICE_URL }),
    settingsSchema: douyinSettingsSchema,
    credentialsSchema: douyinCredentialsSchema.partial(),
    validate: validateDouyinImageText,
    async publish({ request, ctx }) {
      if (!request.settings.serverPublishing) {
        assertNoBlockingIssues({ issues: validateDouyinImageText({ request }), platform: 'douyin' })
        return parts.handoff(request, ctx)
      }
      return publishDouyinImageText({ request, ctx, makeClient: parts.userClient(ctx) })
    },
    checkStatus: parts.checkStatus,
  }
}
