/**
 * The matrix the demo team runs beside the three long-read accounts: one 抖音 account publishing
 * through the local Douyin fake (tokens pasted the way an admin would), four 小红书 accounts and a
 * 视频号, both posted by hand from the operator's phone (no posting API, so no credentials).
 */
export type MatrixAccountKey = 'douyin' | 'xhsBrand' | 'xhsPicks' | 'xhsDeals' | 'xhsStaff' | 'channels'

export type MatrixAccount = {
  key: MatrixAccountKey
  platform: 'douyin' | 'xiaohongshu' | 'channels'
  name: string
  settings: Record<string, unknown>
  credentials: Record<string, string>
  /** How many people a post of this account reaches, against the brand account (1). */
  reach: number
}

export const DEMO_MATRIX_ACCOUNTS: readonly MatrixAccount[] = [
  {
    key: 'douyin',
    platform: 'douyin',
    name: '社区生活馆 抖音号',
    // The company's own app holds video.create.bind, so the worker publishes straight to (the fake) Douyin.
    settings: { serverPublishing: true, privateStatus: 0 },
    credentials: {
      clientKey: 'aw_fake_client_key',
      clientSecret: 'fake-douyin-client-secret',
      accessToken: 'act.FAKE_DOUYIN_DEMO',
      refreshToken: 'rft.FAKE_DOUYIN_DEMO',
      openId: 'douyin-open-id-1',
      expiresAt: '2099-01-01T00:00:00Z',
      refreshExpiresAt: '2099-01-01T00:00:00Z',
    },
    reach: 1,
  },
  { key: 'xhsBrand', platform: 'xiaohongshu', name: '社区生活馆（品牌主号）', settings: {}, credentials: {}, reach: 1 },
  { key: 'xhsPicks', platform: 'xiaohongshu', name: '生活馆好物种草', settings: {}, credentials: {}, reach: 1.4 },
  { key: 'xhsDeals', platform: 'xiaohongshu', name: '生活馆福利社', settings: {}, credentials: {}, reach: 0.8 },
  { key: 'xhsStaff', platform: 'xiaohongshu', name: '店长小林在生活馆', settings: {}, credentials: {}, reach: 0.5 },
  { key: 'channels', platform: 'channels', name: '社区生活馆 视频号', settings: {}, credentials: {}, reach: 1 },
]
