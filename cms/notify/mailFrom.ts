/** MAIL_FROM as Payload's adapter wants it: `内容中台 <cms@example.com>` → name and address; a bare address has no name. */
export function parseMailFrom(value: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(value)
  if (match) return { name: match[1].trim(), address: match[2] }
  return { name: '', address: value.trim() }
}
