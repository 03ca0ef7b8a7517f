/**
 * bench:render — a ~20,000-character article rendered to WeChat HTML by our renderer, against
 * plain markdown-it (no styles) and markdown-it + juice (CSS inlining), in the same run.
 * Run: node --import tsx bench/render.ts
 */
import { renderForPlatform } from '../templates'
import { loadMarkdownFixtures } from '../templates/testing/markdownFixtures'
import { loadJuicePipeline, renderWithPlainMarkdownIt } from '../templates/testing/renderPeers'
import { countCharacters } from '../templates/text/countText'

// Same-run, interleaved timing, kept in this file so that the benchmark stands alone.
type Measurement = { runs: number; medianMillis: number; p90Millis: number; opsPerSecond: number; samples: number[] }

function percentile(args: { sorted: number[]; share: number }): number {
  const { sorted, share } = args
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]
}

/**
 * Times candidates in interleaved rounds (A, B, C, A, B, C, …) after a warm-up, so that load
 * from other processes affects them alike; stops after `minMillis` and at least `minRuns`.
 */
async function measureInterleaved(args: {
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
function pairedSpeedRatio(args: { ours: Measurement; peer: Measurement }): number {
  const ratios = args.ours.samples.map((time, round) => args.peer.samples[round] / time).sort((a, b) => a - b)
  return percentile({ sorted: ratios, share: 0.5 })
}

function printTable(results: Record<string, Measurement>): void {
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(38)} median ${result.medianMillis.toFixed(2).padStart(9)} ms   p90 ${result.p90Millis.toFixed(2).padStart(9)} ms   ${result.opsPerSecond.toFixed(1).padStart(8)} ops/s   (${result.runs} runs)`,
    )
  }
}

function buildArticle(targetCharacters: number): string {
  const corpus = loadMarkdownFixtures()
    .filter((fixture) => fixture.name !== 'xss')
    .map((fixture) => fixture.input.markdown)
  const parts: string[] = []
  for (let section = 1; countCharacters(parts.join('\n\n')) < targetCharacters; section++) {
    parts.push(`## 第 ${section} 部分\n\n${corpus[section % corpus.length]}`)
  }
  return parts.join('\n\n')
}

const markdown = buildArticle(20_000)
const input = { title: '基准测试文章', markdown, coverUrl: 'https://cdn.example.com/cover.jpg', publicUrl: 'https://cms.example.com/a/1' }
const juicePipeline = await loadJuicePipeline()

const candidates: Record<string, () => string> = {
  'markdown-it (plain)': () => renderWithPlainMarkdownIt(markdown),
  'ours: renderForPlatform wechat': () => renderForPlatform({ platform: 'wechat', input }).body,
}
if (juicePipeline) candidates['markdown-it + juice'] = () => juicePipeline(markdown)

console.log(`article: ${countCharacters(markdown)} characters of Markdown`)
for (const [name, render] of Object.entries(candidates)) console.log(`output of ${name}: ${render().length} characters`)
const results = await measureInterleaved({ candidates, minMillis: 3_000 })
printTable(results)

const ours = results['ours: renderForPlatform wechat']
console.log(
  `ours vs plain markdown-it: ${pairedSpeedRatio({ ours, peer: results['markdown-it (plain)'] }).toFixed(2)}× its speed (target ≥ 0.4×; median of per-round ratios)`,
)
if (juicePipeline) {
  console.log(
    `ours vs markdown-it + juice: ${pairedSpeedRatio({ ours, peer: results['markdown-it + juice'] }).toFixed(1)}× faster (target ≥ 5×)`,
  )
} else {
  console.log('markdown-it + juice: not measured — juice is not installed (npm install --save-dev juice)')
}
