import type { ZodType, ZodTypeDef } from 'zod'
import { ConfigError } from './errors'
import type { PlatformId } from './types'

/** Parses decrypted credentials; a gap is a configuration error naming the missing fields (never their values). */
export function parseCredentials<T>(args: { schema: ZodType<T, ZodTypeDef, unknown>; value: unknown; platform: PlatformId }): T {
  const parsed = args.schema.safeParse(args.value)
  if (parsed.success) return parsed.data
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))].join('、')
  throw new ConfigError({ message: `账号凭据不完整或格式不对：${fields}`, platform: args.platform })
}
