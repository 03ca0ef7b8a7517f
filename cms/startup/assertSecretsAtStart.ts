import { credentialsKey } from '../../lib/secrets'

/** Refuse to start (in production) without the credentials key, rather than fail on first use. */
export function assertSecretsAtStart(): void {
  credentialsKey()
}
