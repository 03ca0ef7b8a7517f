import { z } from 'zod'

/**
 * The app's key and secret plus the user's grant from the connect flow (douyin.md §1). `refreshRenewals`:
 * how often the refresh token was renewed since the grant (at most 5, then a re-connect).
 */
export const douyinCredentialsSchema = z.object({
  clientKey: z.string().min(1),
  clientSecret: z.string().min(1),
  openId: z.string().min(1),
  accessToken: z.string().min(1),
  /** Epoch ms; 15 days after issue. */
  expiresAt: z.number().optional(),
  refreshToken: z.string().optional(),
  /** Epoch ms; 30 days after issue or renewal. */
  refreshExpiresAt: z.number().optional(),
  refreshRenewals: z.coerce.number().int().min(0).optional(),
})
export type DouyinCredentials = z.infer<typeof douyinCredentialsSchema>

/** The share hand-off needs only the app (client token → ticket); without it the package has no schema link. */
export const douyinAppCredentialsSchema = z.object({ clientKey: z.string().min(1), clientSecret: z.string().min(1) })

/** 0 public, 1 only the author (douyin.md §3.3; other values UNCERTAIN); a form stores it as text. */
export const douyinPrivateStatusSchema = z.coerce.number().pipe(z.union([z.literal(0), z.literal(1)]))

/**
 * `serverPublishing` (default false, douyin.md bottom line): only a company's app granted
 * `video.create.bind` publishes through the API; every other account gets the share hand-off (§6).
 */
export const douyinSettingsSchema = z.object({
  serverPublishing: z.boolean().default(false),
  privateStatus: douyinPrivateStatusSchema.default(0),
})
export type DouyinSettings = z.infer<typeof douyinSettingsSchema>
