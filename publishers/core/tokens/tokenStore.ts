/** A cached token; user OAuth tokens also carry their refresh token, so a refresh that rotates it is kept. */
export type StoredToken = {
  value: string
  /** Epoch ms. */
  expiresAt: number
  refreshToken?: string
  refreshExpiresAt?: number
  /** How many times the refresh token was renewed (Douyin allows 5, douyin.md §1). */
  refreshRenewals?: number
}

/** Shared token cache (in memory here; the scheduler may back it with Redis). */
export type TokenStore = {
  get(key: string): Promise<StoredToken | undefined>
  set(args: { key: string; token: StoredToken }): Promise<void>
  delete(key: string): Promise<void>
}

export function createMemoryTokenStore(): TokenStore {
  const tokens = new Map<string, StoredToken>()
  return {
    async get(key) {
      return tokens.get(key)
    },
    async set({ key, token }) {
      tokens.set(key, token)
    },
    async delete(key) {
      tokens.delete(key)
    },
  }
}
