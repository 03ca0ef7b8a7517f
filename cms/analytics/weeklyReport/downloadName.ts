/**
 * Content-Disposition for a file with a Chinese name: an ASCII fallback for old clients and the real
 * name as RFC 5987 `filename*` (UTF-8, percent-encoded), which browsers prefer.
 */
export function contentDisposition(args: { name: string; fallback: string }): string {
  const encoded = encodeURIComponent(args.name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${args.fallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`
}
