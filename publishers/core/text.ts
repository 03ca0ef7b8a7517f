/** Characters as platforms count 字: Unicode code points (an emoji or a rare CJK character counts once). */
export function countChars(text: string): number {
  let count = 0
  for (const _ of text) count += 1
  return count
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

const KB = 1024
const MB = 1024 * 1024

/** 65536 → 64KB, 1048575 → 1MB (limits written as "less than 1MB" read naturally). */
export function formatBytes(bytes: number): string {
  if (bytes >= MB - KB) return `${Number((bytes / MB).toFixed(1))}MB`
  if (bytes >= KB) return `${Number((bytes / KB).toFixed(1))}KB`
  return `${bytes}B`
}
