import type { StoredToken, TokenStore } from './tokenStore'

/** Fetches a token; `current` is the stored (possibly expired) token, e.g. to use its refresh token. */
export type TokenFetcher = (args: { current?: StoredToken }) => Promise<StoredToken>

export type TokenProvider = {
  /** A usable token from the store, or one fetched (single flight per key). */
  get(args: { key: string; fetch: TokenFetcher }): Promise<StoredToken>
  /** After the platform rejected `rejected`: a different token, fetched once even if many callers ask. */
  refresh(args: { key: string; rejected: string; fetch: TokenFetcher }): Promise<StoredToken>
}

/**
 * One provider per process, shared by every publish: concurrent callers for the same key share one fetch,
 * so an account's token is never refreshed twice at once (WeChat's classic token dies on each new fetch).
 */
export function createTokenProvider(args: { store: TokenStore; now?: () => number; skewMs?: number }): TokenProvider {
  const { store } = args
  const now = args.now ?? Date.now
  const skewMs = args.skewMs ?? 300_000
  const inFlight = new Map<string, Promise<StoredToken>>()

  const isFresh = (token: StoredToken | undefined): token is StoredToken => token !== undefined && token.expiresAt - skewMs > now()

  function fetchOnce(key: string, fetch: TokenFetcher): Promise<StoredToken> {
    const running = inFlight.get(key)
    if (running) return running
    const started = (async () => {
      try {
        const current = await store.get(key)
        const token = await fetch({ current })
        await store.set({ key, token })
        return token
      } finally {
        inFlight.delete(key)
      }
    })()
    inFlight.set(key, started)
    return started
  }

  return {
    async get({ key, fetch }) {
      const running = inFlight.get(key)
      if (running) return running
      const stored = await store.get(key)
      if (isFresh(stored)) return stored
      return fetchOnce(key, fetch)
    },
    async refresh({ key, rejected, fetch }) {
      const running = inFlight.get(key)
      if (running) {
        const shared = await running
        if (shared.value !== rejected) return shared
      }
      const stored = await store.get(key)
      if (isFresh(stored) && stored.value !== rejected) return stored
      return fetchOnce(key, fetch)
    },
  }
}
