import type { z } from 'zod'

const wrappingFence = /^\s*```[\w-]*\s*\n([\s\S]*?)\n\s*```\s*$/
const wrappingQuotes = /^\s*(["“「'])([\s\S]*)(["”」'])\s*$/
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '「': '」', "'": "'" }

/** The model's plain-text answer without a code fence or quotes wrapped around the whole of it. */
export function unwrapModelText(raw: string): string {
  let text = raw.trim()
  const fenced = wrappingFence.exec(text)
  if (fenced) text = fenced[1].trim()
  const quoted = wrappingQuotes.exec(text)
  if (quoted && CLOSING[quoted[1]] === quoted[3] && !quoted[2].includes(quoted[3])) text = quoted[2].trim()
  return text
}

/** The JSON value in a model's answer: the whole answer, a ```json block, or the outermost {...} / [...]. */
export function extractJson(raw: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  const candidates = [raw.trim()]
  const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/i.exec(raw)
  if (fenced) candidates.push(fenced[1].trim())
  for (const [open, close] of [
    ['{', '}'],
    ['[', ']'],
  ]) {
    const start = raw.indexOf(open)
    const end = raw.lastIndexOf(close)
    if (start !== -1 && end > start) candidates.push(raw.slice(start, end + 1))
  }
  for (const candidate of candidates) {
    try {
      return { ok: true, value: JSON.parse(candidate) }
    } catch {
      // try the next reading
    }
  }
  return { ok: false, problem: '输出不是合法的 JSON。' }
}

/** The model's JSON checked against the task's schema; the problem (Chinese) is what the repair prompt tells the model. */
export function parseModelJson<T>(args: {
  raw: string
  schema: z.ZodType<T, z.ZodTypeDef, unknown>
}): { ok: true; value: T } | { ok: false; problem: string } {
  const json = extractJson(args.raw)
  if (!json.ok) return json
  const parsed = args.schema.safeParse(json.value)
  if (parsed.success) return { ok: true, value: parsed.data }
  const details = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '整体'}：${issue.message}`)
    .join('；')
  return { ok: false, problem: `JSON 的字段不符合要求（${details}）。` }
}
