import { z } from 'zod'

/** client_key/client_secret plus the user token from the connect flow (toutiao.md §1.1). */
export const toutiaoCredentialsSchema = z.object({
  clientKey: z.string().min(1),
  clientSecret: z.string().min(1),
  openId: z.string().min(1),
  accessToken: z.string().min(1),
  /** Epoch ms; 15 days after issue. */
  expiresAt: z.number().optional(),
  refreshToken: z.string().optional(),
  /** Epoch ms; 30 days after issue. */
  refreshExpiresAt: z.number().optional(),
})
export type ToutiaoCredentials = z.infer<typeof toutiaoCredentialsSchema>

export const toutiaoVideoSettingsSchema = z.object({})
export type ToutiaoVideoSettings = z.infer<typeof toutiaoVideoSettingsSchema>

/** Assisted mode needs no credentials at all. */
export const toutiaoAssistedCredentialsSchema = z.unknown()
export const toutiaoAssistedSettingsSchema = z.object({})
export type ToutiaoAssistedSettings = z.infer<typeof toutiaoAssistedSettingsSchema>
