/** Same-run, interleaved timing shared by the benchmarks (render, media). */
export type Measurement = { runs: number; medianMillis: number; p90Millis: number; opsPerSecond: number; samples: number[] }

export function percentile(args: { sorted: number[]; share: number }): number {
  const { sorted, share } = args
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]
}

/**
 * Times candidates in interleaved rounds (A, B, C, A, B, C, …) after a warm-up, so that load
 * from other processes affects them alike; stops after `minMillis` and at least `minRuns`.
 */
export async function measureInterleaved(args: {
  candidates: Record<string, () => unknown>
  minMillis: number
  minRuns?: number
  beforeEach?: () => void
}): Promise<Record<string, Measurement>> {
  const names = Object.keys(args.candidates)
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]]))
  for (const name of names) await args.candidates[name]()
  const started = performance.now()
  while (performance.now() - started < args.minMillis || samples[names[0]].length < (args.minRuns ?? 5)) {
    for (const name of names) {
      args.beforeEach?.()
      const start = performance.now()
      await args.candidates[name]()
      samples[name].push(performance.now() - start)
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = [...samples[name]].sort((a, b) => a - b)
      const median = percentile({ sorted: sorted, share: 0.5 })
      return [
        name,
        {
          runs: sorted.length,
          medianMillis: median,
          p90Millis: percentile({ sorted: sorted, share: 0.9 }),
          opsPerSecond: 1000 / median,
          samples: samples[name],
        },
      ]
    }),
  )
}

/** Median over rounds of (time of `peer` / time of `ours`) in the same round: >1 means ours is faster. */
export function pairedSpeedRatio(args: { ours: Measurement; peer: Measurement }): number {
  const ratios = args.ours.samples.map((time, round) => args.peer.samples[round] / time).sort((a, b) => a - b)
  return percentile({ sorted: ratios, share: 0.5 })
}

export function printTable(results: Record<string, Measurement>): void {
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(38)} median ${result.medianMillis.toFixed(2).padStart(9)} ms   p90 ${result.p90Millis.toFixed(2).padStart(9)} ms   ${result.opsPerSecond.toFixed(1).padStart(8)} ops/s   (${result.runs} runs)`,
    )
  }
}
