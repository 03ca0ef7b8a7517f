const DELAYS_MS = [5_000, 10_000, 30_000]

/** freepublish/get costs from a 100/day quota: poll at 5 s, 10 s, 30 s, then every 60 s. */
export function wechatPollDelayMs(attempt: number): number {
  return DELAYS_MS[attempt] ?? 60_000
}
