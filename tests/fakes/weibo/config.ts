import { z } from 'zod'

export const weiboFakeConfigSchema = z.object({
  appKey: z.string().default('1234567890'),
  appSecret: z.string().default('fake-weibo-app-secret'),
  uid: z.string().default('1404376560'),
  screenName: z.string().default('演示品牌'),
  /** 7 days (a reviewed app's normal level, weibo.md §1.2). */
  tokenTtlSeconds: z.number().int().positive().default(604_800),
  /** When set, authorize and access_token require exactly this redirect_uri (21322 otherwise). */
  registeredRedirectUri: z.string().optional(),
  /** A token valid from start-up, so demo data can publish without the OAuth dance. */
  seedToken: z.string().optional().default('2.00FAKE_DEMO_TOKEN'),
  /** The app's secure domains: every post must link to one of them (or a subdomain). */
  secureDomains: z.array(z.string()).default(['localhost', '127.0.0.1', 'example.com']),
  /** Posts per user per hour (historical default 30, weibo.md §4). */
  postsPerHour: z.number().int().nonnegative().default(30),
  /** Posts containing any of these get 20021 (content is illegal). */
  bannedWords: z.array(z.string()).default([]),
  maxPicBytes: z
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
})
export type WeiboFakeConfig = z.infer<typeof weiboFakeConfigSchema>
export type WeiboFakeOptions = z.input<typeof weiboFakeConfigSchema>
