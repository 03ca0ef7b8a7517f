import { randomBytes } from 'node:crypto'

export type MultipartPart = { name: string; value: string } | { name: string; filename: string; contentType: string; bytes: Uint8Array }

const CRLF = '\r\n'

function quoted(value: string): string {
  return value.replace(/[\r\n"\\]/g, (char) => encodeURIComponent(char))
}

/** Encodes `multipart/form-data` by hand so that the exact bytes sent are ours. */
export function encodeMultipart(parts: readonly MultipartPart[]): { body: Buffer; contentType: string } {
  const boundary = `----campaign-cms-${randomBytes(12).toString('hex')}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    let head = `--${boundary}${CRLF}Content-Disposition: form-data; name="${quoted(part.name)}"`
    if ('bytes' in part) {
      head += `; filename="${quoted(part.filename)}"${CRLF}Content-Type: ${part.contentType}`
    }
    chunks.push(Buffer.from(`${head}${CRLF}${CRLF}`, 'utf8'))
    chunks.push('bytes' in part ? Buffer.from(part.bytes) : Buffer.from(part.value, 'utf8'))
    chunks.push(Buffer.from(CRLF, 'utf8'))
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'utf8'))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}
