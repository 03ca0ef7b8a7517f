import { z } from 'zod'

export const toutiaoFakeConfigSchema = z.object({
  clientKey: z.string().default('tt_fake_client_key'),
  clientSecret: z.string().default('fake-toutiao-client-secret'),
  openId: z.string().default('open-id-1'),
  /** 15 days access, 30 days refresh (toutiao.md §1.1). */
  accessTtlSeconds: z.number().int().positive().default(1_296_000),
  refreshTtlSeconds: z.number().int().positive().default(2_592_000),
  scope: z.string().default('toutiao.video.create,toutiao.video.data'),
  maxVideoBytes: z
    .number()
    .int()
    .positive()
    .default(128 * 1024 * 1024),
  /** Tokens valid from start-up, so demo data can publish without the OAuth dance. */
  seedAccessToken: z.string().optional().default('act.FAKE_DEMO'),
  seedRefreshToken: z.string().optional().default('rft.FAKE_DEMO'),
  registeredRedirectUri: z.string().optional(),
  /** Each refresh hands out a new refresh token and kills the one it used (Douyin's renewal rule): only the latest works. */
  rotateRefreshToken: z.boolean().default(false),
})
export type ToutiaoFakeConfig = z.infer<typeof toutiaoFakeConfigSchema>
export type ToutiaoFakeOptions = z.input<typeof toutiaoFakeConfigSchema>
