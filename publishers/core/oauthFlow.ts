import type { Logger } from './logger'

/** An account's decrypted credentials as stored: strings by field name (app keys, tokens, ISO times). */
export type StoredCredentials = Readonly<Record<string, string | undefined>>

/** A platform's user-authorisation (OAuth code) flow, for the account's connect button. */
export type OAuthFlow = {
  /** The platform's authorisation page, or undefined while the account lacks the app key the flow needs. */
  authorizeUrl(args: { credentials: StoredCredentials; redirectUri: string; state: string }): string | undefined
  /** The callback's code → the credentials to store (times as ISO strings). */
  exchangeCode(args: {
    credentials: StoredCredentials
    code: string
    redirectUri: string
    logger: Logger
    signal?: AbortSignal
  }): Promise<Record<string, string | undefined>>
}

/** Epoch ms → ISO string, as credentials store times. */
export function isoTime(ms: number | undefined): string | undefined {
  return ms ? new Date(ms).toISOString() : undefined
}
