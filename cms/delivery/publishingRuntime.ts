import { env } from '../../lib/env'
import {
  createPublisherRegistry,
  createSafeFetch,
  type PublishersConfig,
  type PublisherRegistry,
  type SafeFetch,
  type TokenProvider,
} from '../../publishers'
import { sharedTokenProvider } from '../../scheduler/queues'

export type PublishingRuntime = { registry: PublisherRegistry; tokens: TokenProvider; safeFetch: SafeFetch }

let runtime: PublishingRuntime | null = null
/** Who makes the token provider: the process entry may hand one in; the producer API's otherwise. */
let makeTokens: () => TokenProvider = sharedTokenProvider

/** Platform hosts from env (the real ones by default, the fakes in demos and tests). */
export function publishersConfig(): PublishersConfig {
  return {
    wechat: { apiBase: env.WECHAT_API_BASE },
    weibo: { apiBase: env.WEIBO_API_BASE },
    toutiao: { apiBase: env.TOUTIAO_API_BASE, oauthBase: env.TOUTIAO_OAUTH_BASE },
    douyin: { apiBase: env.DOUYIN_API_BASE },
  }
}

/**
 * The process entry says where tokens live (the worker: Redis under a lock, see scheduler/worker.ts).
 * Must come before the first delivery; a runtime already made keeps its provider.
 */
export function provideTokens(make: () => TokenProvider): void {
  makeTokens = make
}

/** One registry, token provider and SSRF-safe fetch per process. */
export function publishingRuntime(): PublishingRuntime {
  runtime ??= {
    registry: createPublisherRegistry(publishersConfig()),
    tokens: makeTokens(),
    safeFetch: createSafeFetch({
      trustedCidrs: env.IMAGE_FETCH_ALLOW
        ? env.IMAGE_FETCH_ALLOW.split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    }),
  }
  return runtime
}
