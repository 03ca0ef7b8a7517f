import type { IncomingHttpHeaders } from 'node:http'

export type UploadedFile = { field: string; filename: string; contentType: string; bytes: Buffer }
export type ParsedForm = { fields: Map<string, string>; files: Map<string, UploadedFile> }

function contentTypeOf(headers: IncomingHttpHeaders): string {
  return String(headers['content-type'] ?? '').toLowerCase()
}

export function parseJsonBody(body: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) }
  } catch {
    return { ok: false }
  }
}

/** urlencoded or multipart form (multipart parsed by the platform's own Response.formData()). */
export async function parseFormBody(args: { headers: IncomingHttpHeaders; body: Buffer }): Promise<ParsedForm> {
  const fields = new Map<string, string>()
  const files = new Map<string, UploadedFile>()
  const type = contentTypeOf(args.headers)
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(args.body), {
      headers: { 'content-type': String(args.headers['content-type']) },
    }).formData()
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') fields.set(field, value)
      else files.set(field, { field, filename: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) })
    }
  } else if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [field, value] of new URLSearchParams(args.body.toString('utf8'))) fields.set(field, value)
  }
  return { fields, files }
}

export function isMultipart(headers: IncomingHttpHeaders): boolean {
  return contentTypeOf(headers).startsWith('multipart/form-data')
}
