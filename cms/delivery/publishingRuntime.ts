import { env } from '../../lib/env'
import { createMemoryTokenStore, createPublisherRegistry, createSafeFetch, createTokenProvider, type PublishersConfig, type PublisherRegistry, type SafeFetch, type TokenProvider } from '../../publishers'
import { createProducerRedis, redisConfigured } from '../../scheduler/redisConnection'
import { createLockedTokenProvider } from '../../scheduler/tokens/lockedTokenProvider'

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

/**
 * One token owner per account across every process: tokens live in Redis, fetched under a Redis lock
 * (web and workers share them). Without Redis (a one-off script) they stay in this process's memory.
 */
function tokenProvider(): TokenProvider {
  if (redisConfigured()) return createLockedTokenProvider({ redis: createProducerRedis('tokens') })
  return createTokenProvider({ store: createMemoryTokenStore() })
}

/** One registry, token provider and SSRF-safe fetch per process. */
export function publishingRuntime(): PublishingRuntime {
  runtime ??= {
    registry: createPublisherRegistry(publishersConfig()),
    tokens: tokenProvider(),
    safeFetch: createSafeFetch({ trustedCidrs: env.IMAGE_FETCH_ALLOW ? env.IMAGE_FETCH_ALLOW.split(',').map((s) => s.trim()).filter(Boolean) : [] }),
  }
  return runtime
}
