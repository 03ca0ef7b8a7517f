import { z } from 'zod'

/** Daily quotas of a new account (wechat.md §4). */
export const WECHAT_DAILY_QUOTAS: Record<string, number> = {
  '/cgi-bin/token': 2000,
  '/cgi-bin/stable_token': 500_000,
  '/cgi-bin/media/uploadimg': 100_000,
  '/cgi-bin/material/add_material': 100_000,
  '/cgi-bin/draft/add': 1000,
  '/cgi-bin/draft/get': 500,
  '/cgi-bin/draft/delete': 1000,
  '/cgi-bin/draft/count': 1000,
  '/cgi-bin/freepublish/submit': 100,
  '/cgi-bin/freepublish/get': 100,
  '/cgi-bin/freepublish/getarticle': 100,
  '/cgi-bin/freepublish/batchget': 100,
}

export const wechatFakeConfigSchema = z.object({
  appId: z.string().default('wx0000000000000001'),
  appSecret: z.string().default('fake-wechat-app-secret'),
  /** Verified accounts may publish by API; unverified ones get 48001 on freepublish (wechat.md §1.3). */
  verified: z.boolean().default(true),
  /** false → token endpoints answer 40164 (IP not in the allow-list). */
  ipAllowed: z.boolean().default(true),
  /** false → need_open_comment=1 gets 88000. */
  commentPrivilege: z.boolean().default(true),
  tokenTtlSeconds: z.number().int().positive().default(7200),
  /** freepublish state machine: status 1 until this many polls (or ms) have passed, then `finalStatus`. */
  publishPollsUntilFinal: z.number().int().nonnegative().default(1),
  publishMsUntilFinal: z.number().int().nonnegative().optional(),
  publishFinalStatus: z.number().int().min(0).max(6).default(0),
  /** Drafts containing any of these fail freepublish/submit with 53503 (the pre-publish check). */
  precheckBlockedWords: z.array(z.string()).default([]),
  dailyQuotas: z.record(z.number().int().nonnegative()).default(WECHAT_DAILY_QUOTAS),
})
export type WechatFakeConfig = z.infer<typeof wechatFakeConfigSchema>
export type WechatFakeOptions = z.input<typeof wechatFakeConfigSchema>
