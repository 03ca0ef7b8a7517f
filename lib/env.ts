import path from 'node:path'
import { z } from 'zod'
import { appOrigins } from './appOrigins'
import { httpUrl } from './httpUrl'

/**
 * The one place that reads process.env. Parsed once at import; everything else imports `env`.
 */
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true')

const isAddressOrCidr = (item: string): boolean => z.string().ip().safeParse(item).success || z.string().cidr().safeParse(item).success

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().optional(),
  /** The scheduler's queue (redis:// or rediss://); unset, the project's scripts start a local redis-server. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'REDIS_URL must be a redis:// or rediss:// URL')
    .optional(),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
  CREDENTIALS_KEY: z.string().optional(),
  APP_TIMEZONE: z.string().default('Asia/Shanghai'),
  PUBLIC_URL: httpUrl('must be an http:// or https:// URL').optional(),
  DEMO_PASSWORD: z.string().min(8).default('demo-pass-2026'),
  SEED_DEMO: booleanFlag,
  /** Set by Next.js itself; the build phase serves no requests. */
  NEXT_PHASE: z.string().optional(),
  WECHAT_API_BASE: httpUrl('must be an http:// or https:// URL').optional(),
  WEIBO_API_BASE: httpUrl('must be an http:// or https:// URL').optional(),
  TOUTIAO_API_BASE: httpUrl('must be an http:// or https:// URL').optional(),
  TOUTIAO_OAUTH_BASE: httpUrl('must be an http:// or https:// URL').optional(),
  /** Hosts (or CIDRs) an image URL may point to although they are private: for fakes and test servers only. */
  IMAGE_FETCH_ALLOW: z.string().optional(),
  /**
   * Addresses or CIDRs of the reverse proxies in front of the app, comma-separated: only their
   * X-Forwarded-For entries are believed (cms/http/clientIp.ts). None by default: no header is trusted.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().refine(isAddressOrCidr, (item) => ({ message: `"${item}" is not an IP address or a CIDR` })))),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: httpUrl('must be an http:// or https:// URL').optional(),
  AI_MODEL: z.string().default('gpt-4o-mini'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

const parsed = schema.safeParse(process.env)
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
  throw new Error(`Invalid environment configuration: ${problems}`)
}
const raw = parsed.data

if (raw.APP_TIMEZONE) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw.APP_TIMEZONE })
  } catch {
    throw new Error(`APP_TIMEZONE "${raw.APP_TIMEZONE}" is not an IANA time zone (e.g. Asia/Shanghai)`)
  }
}

const dataDir = path.resolve(raw.DATA_DIR)

export const env = {
  ...raw,
  isProduction: raw.NODE_ENV === 'production',
  isBuildPhase: raw.NEXT_PHASE === 'phase-production-build',
  dataDir,
  databaseUrl: raw.DATABASE_URL ?? `file:${path.join(dataDir, 'cms.db')}`,
  serverUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
  /** Origins allowed to make cookie-authenticated requests (Payload's csrf list); never empty. */
  appOrigins: appOrigins({ publicUrl: raw.PUBLIC_URL, port: raw.PORT }),
  mediaDir: path.join(dataDir, 'media'),
} as const

export type Env = typeof env
