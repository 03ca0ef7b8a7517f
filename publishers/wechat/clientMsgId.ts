import { createHash } from 'node:crypto'

/**
 * The `clientmsgid` of a push, derived from its dedupe key so every attempt of one delivery sends the
 * same value and WeChat refuses a second send within 24 h (45065). The limit is 64 bytes, yet a 36-char
 * UUID was reported too long (wechat.md §9.8, UNCERTAIN), so the safe reading: 32 ASCII characters,
 * `cms` + 29 hex of a SHA-256 (whatever characters the key holds).
 */
export function clientMsgIdOf(dedupeKey: string): string {
  return `cms${createHash('sha256').update(dedupeKey, 'utf8').digest('hex').slice(0, 29)}`
}
