/**
 * bench:render — a ~20,000-character article rendered to WeChat HTML by our renderer, against
 * plain markdown-it (no styles) and markdown-it + juice (CSS inlining), in the same run.
 * Run: node --import tsx bench/render.ts
 */
import { renderForPlatform } from '../templates'
import { loadMarkdownFixtures } from '../templates/testing/markdownFixtures'
import { loadJuicePipeline, renderWithPlainMarkdownIt } from '../templates/testing/renderPeers'
import { countCharacters } from '../templates/text/countText'
import { measureInterleaved, pairedSpeedRatio, printTable } from './measure'

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
