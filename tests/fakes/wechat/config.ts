import { z } from 'zod'
import { datacubeFakeConfigSchema } from './datacubeConfig'

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
  // 高级群发接口 (wechat.md §4): one daily budget per endpoint here.
  '/cgi-bin/message/mass/sendall': 100,
  '/cgi-bin/message/mass/send': 100,
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
  /**
   * Mass send (wechat.md §9). `subscription`: one successful sendall per Beijing day, then 45028;
   * `service`: no 45028, but a follower past 4 mass messages this month does not receive it (ErrorCount).
   * Unverified accounts (`verified: false`) get 48001 on sendall/send.
   */
  accountType: z.enum(['subscription', 'service']).default('subscription'),
  followers: z.number().int().positive().default(3),
  /** Follower tag ids `filter.tag_id` may name (anything else → 45159). */
  tagIds: z.array(z.number().int()).default([100, 101]),
  /** mass/get: SENDING for this many gets (or ms on the fake clock), then `massFinalStatus`; 0 and no ms: done at once. */
  massPollsUntilFinal: z.number().int().nonnegative().default(1),
  massMsUntilFinal: z.number().int().nonnegative().optional(),
  massFinalStatus: z.enum(['SEND_SUCCESS', 'SEND_FAIL']).default('SEND_SUCCESS'),
  /** The event's `Status` when a job fails: `send fail` or an audit result such as `err(20001)`. */
  massFailStatus: z.string().default('send fail'),
  /** Preview-by-WeChat-ID calls per Beijing day (45009 after). */
  previewDailyLimit: z.number().int().nonnegative().default(100),
  /** Where MASSSENDJOBFINISH is POSTed when a job finishes, signed with `callbackToken`. */
  callbackUrl: z.string().url().optional(),
  callbackToken: z.string().default('fake-wechat-callback-token'),
  /** true: the event is built and recorded (`callback-held`) but not sent. */
  holdCallback: z.boolean().default(false),
  /** Statistics (datacube): delayed and missing days, the hour yesterday becomes ready (see datacubeConfig.ts). */
  datacube: datacubeFakeConfigSchema.default({}),
})
export type WechatFakeConfig = z.infer<typeof wechatFakeConfigSchema>
export type WechatFakeOptions = z.input<typeof wechatFakeConfigSchema>
