/**
 * bench:moderation (second part) — text inside images: our OCR pipeline (sharp preparation,
 * tesseract on stdin, TSV parsed, words joined into lines with each character's box) against
 * tesseract's own CLI on the same image file (`tesseract img.png - -l chi_sim tsv`), interleaved in
 * the same run. Both run tesseract with one OpenMP thread (OMP_THREAD_LIMIT=1), as the worker does.
 * Run: node --import tsx bench/ocr.ts
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { OCR_LANGUAGE, recognizeText, TESSERACT_BINARY } from '../media/ocr'
import { measureInterleaved, pairedSpeedRatio, printTable } from './measure'

const MAX_OVERHEAD = 1.2
const FONT = 'WenQuanYi Micro Hei'

/** A poster of `width`×`height` with a headline and lines of copy, as a designer would export it. */
async function poster(args: { width: number; height: number }): Promise<Buffer> {
  const lines = [
    '双12 会员日 全场满199减30',
    '稳赚不赔 理财讲堂 限时报名',
    '门店与小程序同步开启',
    '积分翻倍 · 新品试吃 · 到店有礼',
    '活动时间 12月12日 10:00-22:00',
  ]
  const texts = lines
    .map((line, i) => {
      const size = i === 0 ? Math.round(args.width / 12) : Math.round(args.width / 22)
      return `<text x="${Math.round(args.width * 0.08)}" y="${Math.round(args.height * (0.18 + i * 0.12))}" font-family="${FONT}" font-size="${size}" fill="${i === 0 ? '#b3001b' : '#333333'}">${line}</text>`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${args.width}" height="${args.height}"><rect width="100%" height="100%" fill="#fdf3e7"/><circle cx="${args.width * 0.8}" cy="${args.height * 0.85}" r="${args.width * 0.15}" fill="#f3c98b"/>${texts}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

function tesseractCli(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(TESSERACT_BINARY, [file, '-', '-l', OCR_LANGUAGE, 'tsv'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    })
    const out: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`tesseract exited ${code}`))))
  })
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ocr-'))
let worst = 0
try {
  for (const size of [
    { name: 'story poster', width: 1080, height: 1920 },
    { name: 'square poster', width: 1080, height: 1080 },
  ]) {
    const bytes = await poster(size)
    const file = path.join(dir, `${size.width}x${size.height}.png`)
    fs.writeFileSync(file, bytes)
    const megapixels = (size.width * size.height) / 1_000_000
    const read = await recognizeText({ bytes })
    console.log(
      `\n${size.name} ${size.width}×${size.height} PNG (${megapixels.toFixed(2)} MP): ours read ${JSON.stringify(read.text.slice(0, 60))}…`,
    )
    const results = await measureInterleaved({
      candidates: {
        'ours: recognizeText (sharp + tesseract + boxes)': () => recognizeText({ bytes }),
        'tesseract CLI: img.png - -l chi_sim tsv': () => tesseractCli(file),
      },
      minMillis: 15_000,
      minRuns: 8,
    })
    printTable(results)
    const [ours, cli] = Object.values(results)
    const overhead = 1 / pairedSpeedRatio({ ours, peer: cli })
    worst = Math.max(worst, overhead)
    console.log(
      `  ms per megapixel: ours ${(ours.medianMillis / megapixels).toFixed(0)}, tesseract CLI ${(cli.medianMillis / megapixels).toFixed(0)}; our time ÷ CLI time (median of paired rounds) ${overhead.toFixed(3)}× (limit ${MAX_OVERHEAD}×)`,
    )
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
console.log(
  `\nOCR overhead over tesseract's CLI: worst ${worst.toFixed(3)}× — ${worst <= MAX_OVERHEAD ? 'within' : 'OVER'} the ${MAX_OVERHEAD}× limit`,
)
if (worst > MAX_OVERHEAD) process.exitCode = 1
