/** Integers from 16 digits on may exceed 2^53 (Weibo status ids are int64). */
const LONG_DIGITS = 16
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y

/**
 * JSON text with every integer literal of 16+ digits outside strings turned into a string, so JSON.parse
 * keeps it exact: `statuses/count.json` names each post only by a bare int64 `id` (analytics.md §3).
 * Pure; string contents (escapes included) are copied untouched.
 */
export function quoteLongIntegers(json: string): string {
  let out = ''
  let index = 0
  while (index < json.length) {
    const char = json[index]
    if (char === '"') {
      const end = endOfString(json, index)
      out += json.slice(index, end)
      index = end
      continue
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = index
      const match = NUMBER.exec(json)
      const literal = match?.[0] ?? char
      const integer = match !== null && match[1] === undefined && match[2] === undefined
      const digits = literal.replace('-', '').length
      out += integer && digits >= LONG_DIGITS ? `"${literal}"` : literal
      index += literal.length
      continue
    }
    out += char
    index += 1
  }
  return out
}

/** Index just past the string literal that opens at `start`. */
function endOfString(json: string, start: number): number {
  let index = start + 1
  while (index < json.length) {
    const char = json[index]
    if (char === '\\') index += 2
    else if (char === '"') return index + 1
    else index += 1
  }
  return json.length
}
