import type { ZodType, ZodTypeDef } from 'zod'
import type {
  BodyFormat, ConnectionReport, ContentKind, PlatformId, PublishContext, PublishIssue, PublishOutcome,
  PublishRequest, RemoteIds, StatusOutcome,
} from './types'

export type PublisherId = 'wechat' | 'weibo' | 'toutiao-video' | 'toutiao-assisted'

export type PublishLimits = {
  title?: number
  digest?: number
  author?: number
  /** Max characters of the rendered body; 0 when the publisher sends no body. */
  body: number
  images: number
  imageBytes?: number
  coverBytes?: number
  videoBytes?: number
}

export type PublisherCapabilities = {
  platform: PlatformId
  contentKinds: readonly ContentKind[]
  bodyFormat: BodyFormat
  limits: PublishLimits
  isAsync: boolean
  mode: 'api' | 'assisted'
  /** How the account gets its credentials: app id/secret typed in, a user OAuth connect flow, or none. */
  auth: 'app-credentials' | 'user-oauth' | 'none'
  backOfficeUrl: string
}

export type Publisher<Settings> = {
  id: PublisherId
  capabilities: PublisherCapabilities
  settingsSchema: ZodType<Settings, ZodTypeDef, unknown>
  credentialsSchema: ZodType<unknown, ZodTypeDef, unknown>
  /** Pure, before any call. Messages are Chinese and name the limit. */
  validate(args: { request: PublishRequest<Settings> }): PublishIssue[]
  publish(args: { request: PublishRequest<Settings>; ctx: PublishContext }): Promise<PublishOutcome>
  checkStatus?(args: { remoteIds: RemoteIds; ctx: PublishContext; attempt?: number }): Promise<StatusOutcome>
  testConnection?(args: { ctx: PublishContext }): Promise<ConnectionReport>
}

export type AnyPublisher = Publisher<unknown>
