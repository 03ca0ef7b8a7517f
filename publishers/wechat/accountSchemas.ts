import { z } from 'zod'

export const wechatCredentialsSchema = z.object({
  appId: z.string().min(1),
  appSecret: z.string().min(1),
})
export type WechatCredentials = z.infer<typeof wechatCredentialsSchema>

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
})
export type WechatSettings = z.infer<typeof wechatSettingsSchema>
