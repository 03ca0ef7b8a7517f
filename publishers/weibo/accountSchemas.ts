import { z } from 'zod'

/** AppKey/AppSecret plus the user token from the connect flow (or pasted by an admin). */
export const weiboCredentialsSchema = z.object({
  appKey: z.string().min(1),
  appSecret: z.string().min(1),
  accessToken: z.string().min(1),
  /** Epoch ms; Weibo web apps get no refresh token, so expiry means re-authorising. */
  expiresAt: z.number().optional(),
  uid: z.string().optional(),
})
export type WeiboCredentials = z.infer<typeof weiboCredentialsSchema>

export const weiboSettingsSchema = z.object({
  /** `rip`: the real IP of the acting user; the delivery's `actorIp` wins when given. */
  rip: z.string().ip({ version: 'v4' }).optional(),
  /** The app's secure domain (安全域名): the link in every post must be on it. */
  secureDomain: z.string().optional(),
})
export type WeiboSettings = z.infer<typeof weiboSettingsSchema>
