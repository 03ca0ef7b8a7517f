import { env } from '../../lib/env'
import { clientIp, parseTrustedProxies } from './clientIp'

const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES)

/**
 * The public IP of whoever sent this request (Weibo's `rip`), or null. Payload's requests carry the
 * headers but not the connection (Next.js does not expose it), so only X-Forwarded-For written by a
 * TRUSTED_PROXIES proxy is believed; with none configured this is always null and the account's
 * own setting is used.
 */
export function actorIpOf(req: { headers: Headers }): string | null {
  return clientIp({ headers: req.headers, trustedProxies })
}
