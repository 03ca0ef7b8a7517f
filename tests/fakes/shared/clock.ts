/** The fake's time: real time plus an offset tests can advance (token expiry, hourly limits, day quotas). */
export type FakeClock = { now(): number; advance(ms: number): void; reset(): void }

export function createFakeClock(): FakeClock {
  let offset = 0
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms
    },
    reset() {
      offset = 0
    },
  }
}

/** YYYY-MM-DD in Beijing time, the day daily quotas count in. */
export function beijingDay(now: number): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10)
}
