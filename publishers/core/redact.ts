const REDACTED = '[redacted]'
const SECRET_PATTERN = /(token|secret|password|passwd|authorization|cookie|csrf|ticket|signature)/i
const SECRET_EXACT = new Set(['code', 'secret', 'appsecret', 'sign', 'client_secret'])

export function isSecretName(name: string): boolean {
  return SECRET_EXACT.has(name.toLowerCase()) || SECRET_PATTERN.test(name)
}

/** The URL with secret query values (access_token, secret, code, refresh_token ...) and userinfo replaced. */
export function redactUrl(url: string | URL): string {
  let parsed: URL
  try {
    parsed = new URL(String(url))
  } catch {
    return '[unparseable url]'
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = 'redacted'
    parsed.password = ''
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (isSecretName(name)) parsed.searchParams.set(name, REDACTED)
  }
  return parsed.toString()
}

/** A deep copy of `value` with every secret-named key replaced; URLs inside strings are left alone. */
export function redactFields(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]'
  if (Array.isArray(value)) return value.map((item) => redactFields(item, depth + 1))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) {
      out[key] = isSecretName(key) ? REDACTED : redactFields(inner, depth + 1)
    }
    return out
  }
  return value
}
