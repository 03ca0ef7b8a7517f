import type { ZodType, ZodTypeDef } from 'zod'
import { publisherRoute } from '../../lib/platforms'
import type { PublisherId, PublishLimits } from '../../lib/platforms'
import type {
  BodyFormat,
  CallbackRequest,
  CallbackResult,
  ConnectionReport,
  ContentKind,
  PlatformId,
  PublishContext,
  PublishIssue,
  PublishOutcome,
  PublishRequest,
  RemoteIds,
  StatusOutcome,
} from './types'

export type { PublisherId, PublishLimits }

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

/** A publisher's capabilities are its platform profile's route (lib/platforms/<id>.ts), plus where its back office is. */
export function capabilitiesOf(args: { publisher: PublisherId; backOfficeUrl: string }): PublisherCapabilities {
  const route = publisherRoute(args.publisher)
  return {
    platform: route.platform,
    contentKinds: route.contentKinds,
    bodyFormat: route.bodyFormat,
    limits: route.limits,
    isAsync: route.isAsync,
    mode: route.mode,
    auth: route.auth,
    backOfficeUrl: args.backOfficeUrl,
  }
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
  /** Sends the request (bundle included) to one person's phone as a preview; never counts as a post. */
  preview?(args: { request: PublishRequest<Settings>; ctx: PublishContext; recipient: string }): Promise<{ previewId: string }>
  /** Verifies and reads a callback the platform pushed to us; pure apart from the signature check. */
  receiveCallback?(args: CallbackRequest): CallbackResult
}

export type AnyPublisher = Publisher<unknown>
