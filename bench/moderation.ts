/**
 * Sensitive-word engine benchmark (npm run bench:moderation = node --import tsx bench/moderation.ts).
 *
 * Builds a 10,000-word lexicon (the shipped default lexicon plus real Chinese words from OpenCC's
 * phrase list) and a 10 MB (UTF-8) Chinese text of real words in which about one character in a
 * thousand starts a planted lexicon word, half of them evaded (separators, emoji, zero-width
 * characters, Markdown, full-width letters, traditional characters). All randomness comes from a
 * seeded PRNG, so every run uses the same text. It then measures, in the same process:
 *   1. ours: buildMatcher + scan (one pass, every evasion rule on), the entries as shipped (variants on,
 *      pinyin where lexicon/pinyinChoices.ts turns it on), and again with every rule on for every entry
 *      (full pinyin and initials too), which adds a pinyin and an initials word per entry;
 *   2. @monyone/aho-corasick's fast (double-array) matcher on the raw text, no evasion handling
 *      (`@monyone/aho-corasick/fast`, `matchInText`: the package's fastest API that reports matches;
 *      its default export, a Map-based trie, is printed too for reference);
 *   3. the obvious evasion-aware design: normalizeText (fold + strip, with an offset map), then
 *      the same @monyone matcher built from folded words, then offsets mapped back.
 * Figures: build time (the first, cold build; then, after 8 untimed warm-up builds, the median of 15
 * builds, each after a full GC), throughput in MB/s of UTF-8 input for the whole text and paragraph
 * by paragraph (median of 5), retained memory (heap + array buffers after a full
 * GC, with the matcher alive, minus before building it; GC is exposed at run time through
 * v8.setFlagsFromString('--expose-gc'), or use `node --expose-gc`), planted hits found, and the
 * time to scan a 20,000-character article.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { AhoCorasick as MapTrieAhoCorasick } from '@monyone/aho-corasick'
import { AhoCorasick } from '@monyone/aho-corasick/fast'
import { Converter } from 'opencc-js'
import { buildMatcher, defaultLexicon, foldWordToString, type LexiconEntry } from '../moderation'
import { normalizeText, originEnd } from '../moderation/normalizeText'
import { createRandom } from '../tests/helpers/seededRandom'

type Hit = { start: number; end: number }
type Engine = { name: string; build: () => (text: string) => Hit[] }

const LEXICON_SIZE = 10_000
const TEXT_BYTES = 10_000_000
const PLANT_EVERY_CHARS = 1_000

const random = createRandom(20251121).next
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const gc: () => void = (() => {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
})()
const retainedBytes = () => {
  gc()
  gc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

/** Real simplified Chinese words: the keys of OpenCC's simplified→traditional phrase dictionary. */
function loadChineseWords(): string[] {
  const path = createRequire(import.meta.url).resolve('opencc-js/dict/STPhrases')
  const source = readFileSync(path, 'utf8')
  const body = source.slice(source.indexOf('"') + 1, source.lastIndexOf('"'))
  return [...new Set(body.split('|').map((pair) => pair.split(' ')[0]))].filter((word) => /^[\u4e00-\u9fff]{2,4}$/.test(word))
}

function makeLexicon(words: string[]): { lexicon: LexiconEntry[]; fillerWords: string[] } {
  const lexicon = [...defaultLexicon]
  const seen = new Set(lexicon.map((entry) => foldWordToString(entry.word)))
  const shuffled = [...words].sort(() => random() - 0.5)
  const rest: string[] = []
  for (const word of shuffled) {
    const key = foldWordToString(word)
    if (lexicon.length < LEXICON_SIZE && !seen.has(key)) {
      seen.add(key)
      lexicon.push({ word, category: 'synthetic', severity: pick(['block', 'review', 'warn'] as const) })
    } else if (!seen.has(key)) rest.push(word)
  }
  // Filler words must not themselves contain a lexicon word, so that hits are the planted ones
  // (plus whatever word boundaries create by chance, which is counted and printed).
  const matcher = buildMatcher({ entries: lexicon })
  return { lexicon, fillerWords: rest.filter((word) => matcher.scan(word).length === 0) }
}

const toTraditional = Converter({ from: 'cn', to: 'tw' })
/** Evaded forms of a word, and how many trailing units are decoration after its last letter. */
const EVASIONS: ((word: string) => { form: string; trailing: number })[] = [
  (word) => ({ form: [...word].join(' '), trailing: 0 }),
  (word) => ({ form: [...word].join('*'), trailing: 0 }),
  (word) => ({ form: [...word].join('😀'), trailing: 0 }),
  (word) => ({ form: [...word].join('\u200b'), trailing: 0 }),
  (word) => ({ form: [...word].join('👨‍👩‍👧'), trailing: 0 }),
  (word) => ({ form: [...word].map((char, i) => (i === 0 ? char : `**${char}**`)).join(''), trailing: word.length > 1 ? 2 : 0 }),
  (word) => ({ form: [...word].map((char, i) => (i === 0 ? char : `~~${char}~~`)).join(''), trailing: word.length > 1 ? 2 : 0 }),
  (word) => ({ form: word.replace(/[a-z]/gi, (char) => String.fromCharCode(char.toUpperCase().charCodeAt(0) + 0xfee0)), trailing: 0 }),
  (word) => ({ form: toTraditional(word), trailing: 0 }),
]

function makeText(args: { lexicon: LexiconEntry[]; fillerWords: string[] }) {
  const plantable = args.lexicon.filter((entry) => entry.severity !== 'allow')
  const functionChars = [...'的了是在和有我们你他这也就都而及与着或']
  const parts: string[] = []
  const planted: (Hit & { word: string; evaded: boolean })[] = []
  let length = 0
  let bytes = 0
  let nextPlant = PLANT_EVERY_CHARS / 2
  let nextParagraph = 200 + random() * 400
  const push = (part: string) => {
    parts.push(part)
    length += part.length
    bytes += Buffer.byteLength(part)
  }
  while (bytes < TEXT_BYTES) {
    push(random() < 0.3 ? pick(functionChars) + pick(args.fillerWords) : pick(args.fillerWords))
    if (random() < 0.12) push(pick(['，', '。', '、', '；', '！']))
    if (length >= nextParagraph) {
      push('。\n\n')
      nextParagraph = length + 200 + random() * 400
    }
    if (length >= nextPlant) {
      const entry = pick(plantable)
      const evaded = random() < 0.5
      const { form, trailing } = evaded ? pick(EVASIONS)(entry.word) : { form: entry.word, trailing: 0 }
      push('。') // a sentence end, so the planted word cannot fuse with the filler around it
      planted.push({ word: entry.word, start: length, end: length + form.length - trailing, evaded })
      push(form)
      push('。')
      nextPlant = length + PLANT_EVERY_CHARS * (0.5 + random())
    }
  }
  return { text: parts.join(''), planted }
}

function timeIt<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now()
  const result = run()
  return { ms: performance.now() - started, result }
}

function measure(args: { engine: Engine; text: string; paragraphs: { offset: number; text: string }[]; bytes: number }) {
  const { engine, text, paragraphs, bytes } = args
  const before = retainedBytes()
  const first = timeIt(engine.build)
  const scan = first.result
  const retained = retainedBytes() - before
  for (let i = 0; i < 8; i++) engine.build() // warm-up, untimed: let the JIT settle
  const builds = Array.from({ length: 15 }, () => {
    gc() // so that garbage left by earlier work is not collected on this build's clock
    return timeIt(engine.build).ms
  })
  const wholeRuns = Array.from({ length: 5 }, () => timeIt(() => scan(text)))
  const paragraphRuns = Array.from({ length: 5 }, () =>
    timeIt(() => paragraphs.flatMap((p) => scan(p.text).map((hit) => ({ start: hit.start + p.offset, end: hit.end + p.offset })))),
  )
  return {
    name: engine.name,
    firstBuildMs: first.ms,
    buildMs: median(builds),
    wholeMBps: bytes / 1e6 / (median(wholeRuns.map((run) => run.ms)) / 1000),
    paragraphMBps: bytes / 1e6 / (median(paragraphRuns.map((run) => run.ms)) / 1000),
    retainedMB: retained / 1e6,
    wholeHits: wholeRuns[0].result,
    paragraphHits: paragraphRuns[0].result,
    scan,
  }
}

function main() {
  const setup = timeIt(() => {
    const { lexicon, fillerWords } = makeLexicon(loadChineseWords())
    return { lexicon, ...makeText({ lexicon, fillerWords }) }
  })
  const { lexicon, text, planted } = setup.result
  const bytes = Buffer.byteLength(text)
  const paragraphs: { offset: number; text: string }[] = []
  for (let offset = 0; offset < text.length;) {
    const end = text.indexOf('\n\n', offset)
    const stop = end < 0 ? text.length : end + 2
    // A fresh flat string, as a text field parsed from JSON would be (a slice is a view of `text`).
    paragraphs.push({ offset, text: Buffer.from(text.slice(offset, stop)).toString() })
    offset = stop
  }
  const words = lexicon.map((entry) => entry.word)
  const everyRuleOn: LexiconEntry[] = lexicon.map((entry) => ({ ...entry, matchPinyin: 'initials', matchVariants: true }))
  const engines: Engine[] = [
    { name: 'ours: one pass, all evasion rules', build: () => buildMatcher({ entries: lexicon }).scan },
    { name: 'ours: every rule on every entry', build: () => buildMatcher({ entries: everyRuleOn }).scan },
    {
      name: '@monyone/aho-corasick fast, plain',
      build: () => {
        const peer = new AhoCorasick(words)
        return (input) => peer.matchInText(input).map((match) => ({ start: match.begin, end: match.end }))
      },
    },
    {
      name: '@monyone/aho-corasick default, plain',
      build: () => {
        const peer = new MapTrieAhoCorasick(words)
        return (input) => peer.matchInText(input).map((match) => ({ start: match.begin, end: match.end }))
      },
    },
    {
      name: 'normalise first + @monyone fast',
      build: () => {
        const peer = new AhoCorasick(words.map(foldWordToString))
        return (input) => {
          const normalized = normalizeText(input)
          return peer.matchInText(normalized.text).map((match) => ({
            start: normalized.origin[match.begin],
            end: originEnd({ original: input, origin: normalized.origin, index: match.end - 1 }),
          }))
        }
      },
    },
  ]
  console.log(
    `moderation benchmark · node ${process.version} · ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} · setup ${(setup.ms / 1000).toFixed(1)} s\n` +
      `lexicon: ${lexicon.length.toLocaleString()} words (${defaultLexicon.length.toLocaleString()} shipped + ${(lexicon.length - defaultLexicon.length).toLocaleString()} real words from OpenCC's phrase list)\n` +
      `text: ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${text.length.toLocaleString()} UTF-16 units, ${paragraphs.length.toLocaleString()} paragraphs; ` +
      `planted hits: ${planted.length.toLocaleString()} (${planted.filter((hit) => hit.evaded).length.toLocaleString()} evaded), one per ~${PLANT_EVERY_CHARS} chars (~0.1%)\n`,
  )
  const results = engines.map((engine) => measure({ engine, text, paragraphs, bytes }))
  const header = [
    'approach',
    'build ms (cold / warm median)',
    'whole MB/s',
    'paragraphs MB/s',
    'retained MB',
    'planted found',
    'hits reported',
  ]
  const rows = results.map((result) => {
    const found = (hits: Hit[]) => {
      const spans = new Set(hits.map((hit) => `${hit.start}:${hit.end}`))
      return planted.filter((hit) => spans.has(`${hit.start}:${hit.end}`)).length
    }
    const wholeFound = found(result.wholeHits)
    const paragraphFound = found(result.paragraphHits)
    return [
      result.name,
      `${result.firstBuildMs.toFixed(0)} / ${result.buildMs.toFixed(0)}`,
      result.wholeMBps.toFixed(1),
      result.paragraphMBps.toFixed(1),
      result.retainedMB.toFixed(1),
      `${wholeFound} / ${planted.length}${paragraphFound === wholeFound ? '' : ` (paragraphs: ${paragraphFound})`}`,
      result.wholeHits.length.toLocaleString(),
    ]
  })
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '))

  const [ours, everyRule, plain] = results
  const articleStart = paragraphs[Math.floor(paragraphs.length / 2)].offset
  const article = Buffer.from(text.slice(articleStart, articleStart + 20_000)).toString()
  const articleRuns = Array.from({ length: 500 }, () => timeIt(() => ours.scan(article)).ms).sort((a, b) => a - b)
  const missedBy = (hits: Hit[]) => {
    const spans = new Set(hits.map((hit) => `${hit.start}:${hit.end}`))
    return planted.filter((hit) => !spans.has(`${hit.start}:${hit.end}`))
  }
  const missed = [...missedBy(ours.wholeHits), ...missedBy(ours.paragraphHits), ...missedBy(everyRule.wholeHits)]
  const throughputRatio = ours.wholeMBps / plain.wholeMBps
  const everyRuleRatio = everyRule.wholeMBps / plain.wholeMBps
  const buildRatio = ours.buildMs / plain.buildMs
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET')
  console.log(
    `\n20,000-char article, ours (500 runs): median ${median(articleRuns).toFixed(3)} ms, p99 ${articleRuns[494].toFixed(3)} ms, max ${articleRuns[499].toFixed(3)} ms (target < 2 ms: ${mark(median(articleRuns) < 2)})\n` +
      `every planted hit found by ours (whole and by paragraph): ${missed.length === 0 ? 'yes' : `no, ${missed.length} missed, e.g. ${JSON.stringify(missed.slice(0, 3))}`}\n` +
      `throughput ours / plain: ${throughputRatio.toFixed(2)}x (target >= 0.6x: ${mark(throughputRatio >= 0.6)}); ` +
      `paragraphs ${(ours.paragraphMBps / plain.paragraphMBps).toFixed(2)}x\n` +
      `throughput every rule on / plain: ${everyRuleRatio.toFixed(2)}x whole text (target >= 2x: ${mark(everyRuleRatio >= 2)}); ` +
      `paragraphs ${(everyRule.paragraphMBps / plain.paragraphMBps).toFixed(2)}x; build ${everyRule.buildMs.toFixed(0)} ms warm, ${everyRule.firstBuildMs.toFixed(0)} ms cold\n` +
      `build ours / plain peer: ${buildRatio.toFixed(2)}x warm (target <= 1.5x: ${mark(buildRatio <= 1.5)}), ${(ours.firstBuildMs / plain.firstBuildMs).toFixed(2)}x cold`,
  )
  if (missed.length > 0 || everyRuleRatio < 2) process.exitCode = 1
}

main()
