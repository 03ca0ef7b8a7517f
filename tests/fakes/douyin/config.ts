import { z } from 'zod'

const MB = 1024 * 1024

export const douyinFakeConfigSchema = z.object({
  clientKey: z.string().default('aw_fake_client_key'),
  clientSecret: z.string().default('fake-douyin-client-secret'),
  openId: z.string().default('douyin-open-id-1'),
  /** 15 days access, 30 days refresh (douyin.md §1); the client token "7200 秒左右". */
  accessTtlSeconds: z.number().int().positive().default(1_296_000),
  refreshTtlSeconds: z.number().int().positive().default(2_592_000),
  clientTokenTtlSeconds: z.number().int().positive().default(7200),
  /** Scopes every grant carries; `video.create.bind` is decided by `grantServerPublish`. */
  scope: z.string().default('user_info,video.list.bind,video.data.bind,renew_refresh_token'),
  /** The app has `video.create.bind` (a company's website app); false → 2190004 on create_video / create_image_text. */
  grantServerPublish: z.boolean().default(true),
  /** Renewals of a refresh token per authorisation; the next one is 10020 (douyin.md §1). */
  maxRenewals: z.number().int().nonnegative().default(5),
  /** Creates (video and 图集) per user per Beijing day; the real number is UNCERTAIN (one codebase assumes 75). */
  dailyCreateCap: z.number().int().nonnegative().default(75),
  /** How many video_data answers after the create still say 审核中 (video_status 4) before it is public. */
  reviewPollsUntilPublished: z.number().int().nonnegative().default(1),
  maxVideoBytes: z
    .number()
    .int()
    .positive()
    .default(128 * MB),
  maxTotalVideoBytes: z
    .number()
    .int()
    .positive()
    .default(4 * 1024 * MB),
  /** Every chunk but the last is at least 5 MB (douyin.md §3.1); tests lower it. */
  minPartBytes: z
    .number()
    .int()
    .positive()
    .default(5 * MB),
  uploadIdTtlSeconds: z.number().int().positive().default(7200),
  /** 图集: ≤ 20 MB per image, ≤ 30 images (the smaller reading of §3.4, UNCERTAIN). */
  maxImageBytes: z
    .number()
    .int()
    .positive()
    .default(20 * MB),
  maxImages: z.number().int().positive().default(30),
  /** Caption length: undocumented (§11); the fake holds callers to the 1,000 characters our profile takes. */
  maxTextChars: z.number().int().positive().default(1000),
  /** Codes the token endpoint accepts once each, besides those the authorize page hands out. */
  authCodes: z.array(z.string()).default(['CODE1']),
  registeredRedirectUri: z.string().optional(),
  /** Tokens valid from start-up, so demo data can publish without the OAuth dance. */
  seedAccessToken: z.string().optional().default('act.FAKE_DOUYIN_DEMO'),
  seedRefreshToken: z.string().optional().default('rft.FAKE_DOUYIN_DEMO'),
})
export type DouyinFakeConfig = z.infer<typeof douyinFakeConfigSchema>
export type DouyinFakeOptions = z.input<typeof douyinFakeConfigSchema>
