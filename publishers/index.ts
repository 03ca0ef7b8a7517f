export type {
  BundleArticle,
  CallbackRequest,
  CallbackResult,
  PushRequest,
  SendJobReport,
  AssetBytes,
  AssetRef,
  AssistedPackage,
  AwaitingOperatorOutcome,
  HandoffMedia,
  HandoffPackage,
  BodyImage,
  ConnectionReport,
  ContentKind,
  CoverCrop,
  FailedOutcome,
  ManualOutcome,
  PlatformId,
  PreparedCover,
  ProcessingOutcome,
  PublishContext,
  PublishedOutcome,
  PublishIssue,
  PublishOutcome,
  PublishRequest,
  RemoteIds,
  StatusOutcome,
  VideoAsset,
} from './core/types'
export type { AnyPublisher, Publisher, PublisherCapabilities, PublisherId, PublishLimits } from './core/publisher'
export {
  AuthExpiredError,
  ConfigError,
  ContentRejectedError,
  OutcomeUnknownError,
  PermissionError,
  PlatformError,
  PublishError,
  QuotaExceededError,
  RateLimitedError,
  ReauthRequiredError,
  TransientError,
} from './core/errors'
export type { PublishErrorKind } from './core/errors'
export type { Logger } from './core/logger'
export { createTokenProvider } from './core/tokens/tokenProvider'
export type { TokenProvider } from './core/tokens/tokenProvider'
export { createMemoryTokenStore } from './core/tokens/tokenStore'
export type { StoredToken, TokenStore } from './core/tokens/tokenStore'
export type { CredentialsRotatedHandler, RotatedCredentials } from './core/tokens/rotatedCredentials'
export { describeTokenExpiry } from './core/tokens/tokenExpiry'
export { createSafeFetch, SafeFetchError } from './core/ssrf/safeFetch'
export type { SafeFetch, SafeFetchOptions } from './core/ssrf/safeFetch'
export { createImageReader } from './core/readImage'
export { outsideImageUrl } from './core/imageSources'
export { createPublisherRegistry } from './registry'
export { createStatsCollectors } from './statsRegistry'
export type {
  AccountStatRow,
  PostStatNumbers,
  PostStatRow,
  StatsCollector,
  StatsContext,
  StatsPost,
  StatsResult,
  StatsWindow,
} from './core/stats'
export { oauthFlowFor } from './oauthFlows'
export type { OAuthFlow, StoredCredentials } from './core/oauthFlow'
export type { PublishersConfig, PublisherRegistry } from './registry'
export { buildWeiboAuthorizeUrl, exchangeWeiboCode, weiboTokenExpiry } from './weibo'
export { buildToutiaoAuthorizeUrl, exchangeToutiaoCode, prepareAssistedPackage, toutiaoTokenExpiry } from './toutiao'
export { buildDouyinAuthorizeUrl, douyinGrantState, exchangeDouyinCode } from './douyin'
export { XIAOHONGSHU_CREATOR_URL, xiaohongshuChecklist } from './xiaohongshu'
