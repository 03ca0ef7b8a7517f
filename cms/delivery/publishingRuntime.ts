import { env } from '../../lib/env'
import { createMemoryTokenStore, createPublisherRegistry, createSafeFetch, createTokenProvider, type PublishersConfig, type PublisherRegistry, type SafeFetch, type TokenProvider } from '../../publishers'

export type PublishingRuntime = { registry: PublisherRegistry; tokens: TokenProvider; safeFetch: SafeFetch }

let runtime: PublishingRuntime | null = null

/** Platform hosts from env (the real ones by default, the fakes in demos and tests). */
export function publishersConfig(): PublishersConfig {
  return {
    wechat: { apiBase: env.WECHAT_API_BASE },
    weibo: { apiBase: env.WEIBO_API_BASE },
    toutiao: { apiBase: env.TOUTIAO_API_BASE, oauthBase: env.TOUTIAO_OAUTH_BASE },
  }
}

/** One registry, token provider (single-flight refresh) and SSRF-safe fetch per process. */
export function publishingRuntime(): PublishingRuntime {
  runtime ??= {
    registry: createPublisherRegistry(publishersConfig()),
    tokens: createTokenProvider({ store: createMemoryTokenStore() }),
    safeFetch: createSafeFetch({ trustedCidrs: env.IMAGE_FETCH_ALLOW ? env.IMAGE_FETCH_ALLOW.split(',').map((s) => s.trim()).filter(Boolean) : [] }),
  }
  return runtime
}
