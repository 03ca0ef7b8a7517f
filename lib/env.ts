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
  /**
   * Connections each process's queries get on Postgres (web and worker alike; the adapter keeps one more);
   * Postgres allows 100 in all by default. Two at least: a save's transaction holds one while its hooks read on another.
   */
  DATABASE_POOL_MAX: z.coerce
    .number()
    .int()
    .min(2, 'DATABASE_POOL_MAX must be at least 2 (a save holds one connection while its hooks read on another)')
    .max(200)
    .default(10),
  /** Where uploads are stored; several web processes and workers need it on one shared mount. Default DATA_DIR/media. */
  MEDIA_DIR: z.string().min(1).optional(),
  /** An S3-compatible store for uploads instead of MEDIA_DIR: all four of bucket, region and keys, or none. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ENDPOINT: httpUrl('must be an http:// or https:// URL').optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag,
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
  /** Douyin's one host for OAuth and resources (douyin.md §1); open.douyin.com by default. */
  DOUYIN_API_BASE: httpUrl('must be an http:// or https:// URL').optional(),
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
  /** Where notification e-mails go out: smtp://user:pass@host:port (smtps:// for TLS). Unset, nothing is mailed. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  /** The sender of those e-mails, e.g. 内容中台 <cms@example.com>. */
  MAIL_FROM: z.string().min(3).default('内容中台 <cms@localhost>'),
  /** A 企业微信 group robot's webhook (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…): notifications also go there. */
  WECOM_WEBHOOK_URL: httpUrl('must be an http:// or https:// URL').optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: httpUrl('must be an http:// or https:// URL').optional(),
  AI_MODEL: z.string().default('gpt-4o-mini'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const

const parsed = schema
  .superRefine((values, context) => {
    const set = S3_REQUIRED.filter((name) => values[name] !== undefined)
    if (set.length > 0 && set.length < S3_REQUIRED.length)
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: S3_REQUIRED.filter((name) => values[name] === undefined),
        message: `S3 storage needs ${S3_REQUIRED.join(', ')} together (only ${set.join(', ')} set): set the rest, or unset them to store uploads in MEDIA_DIR`,
      })
  })
  .safeParse(process.env)
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
  mediaDir: raw.MEDIA_DIR ? path.resolve(raw.MEDIA_DIR) : path.join(dataDir, 'media'),
  /** Uploads in an S3-compatible store (Payload's storage adapter), or null: files stay in mediaDir. */
  s3:
    raw.S3_BUCKET && raw.S3_REGION && raw.S3_ACCESS_KEY_ID && raw.S3_SECRET_ACCESS_KEY
      ? {
          bucket: raw.S3_BUCKET,
          region: raw.S3_REGION,
          endpoint: raw.S3_ENDPOINT,
          accessKeyId: raw.S3_ACCESS_KEY_ID,
          secretAccessKey: raw.S3_SECRET_ACCESS_KEY,
          forcePathStyle: raw.S3_FORCE_PATH_STYLE,
        }
      : null,
} as const

export type Env = typeof env
