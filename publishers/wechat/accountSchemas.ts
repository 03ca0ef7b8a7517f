import { z } from 'zod'
import { wechatProfile } from '../../lib/platforms'

export const wechatCredentialsSchema = z.object({
  appId: z.string().min(1),
  appSecret: z.string().min(1),
  /** 服务器配置 → 令牌(Token): signs WeChat's pushes to our callback address (MASSSENDJOBFINISH). Optional: without it callbacks are refused. */
  callbackToken: z.string().min(1).optional(),
})
export type WechatCredentials = z.infer<typeof wechatCredentialsSchema>

/** 订阅号 (subscription) or 服务号 (service): decides the mass-send quota (wechat.md §9.10). */
export const WECHAT_ACCOUNT_TYPES = ['subscription', 'service'] as const
export type WechatAccountType = (typeof WECHAT_ACCOUNT_TYPES)[number]

const pushModes = wechatProfile.push.modes

/** Account defaults for WeChat deliveries (the platform-accounts `defaults` field). */
export const wechatSettingsSchema = z.object({
  /** Used when the content has no author of its own. */
  defaultAuthor: z.string().optional(),
  /** `need_open_comment`: accounts without the comment privilege get 88000. */
  openComments: z.boolean().default(false),
  /** `only_fans_can_comment`. */
  onlyFansCanComment: z.boolean().default(false),
  /** Cover upload type: `image` (≤10MB, bmp/png/jpeg/gif) or `thumb` (≤64KB JPG). Both give a permanent media_id. */
  coverMaterialType: z.enum(['image', 'thumb']).default('image'),
  /** Send the public page as "阅读原文" (`content_source_url`). */
  linkToPublicPage: z.boolean().default(true),
  /**
   * Default `subscription`, the safe reading: its quota (one successful 群发 a day) is the stricter one,
   * so an account whose type nobody set is never planned for more pushes than it may send.
   */
  accountType: z.enum(WECHAT_ACCOUNT_TYPES).default('subscription'),
  /** The push mode a new calendar slot of this account starts with; absent: the profile's first mode. */
  defaultPushMode: z.enum([pushModes[0], ...pushModes.slice(1)]).optional(),
})
export type WechatSettings = z.infer<typeof wechatSettingsSchema>
