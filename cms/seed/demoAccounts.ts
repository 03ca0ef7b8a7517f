/**
 * One account per platform with the credentials the local platform fakes accept (`npm run fakes`,
 * started by `npm run up`), so a fresh install can publish end to end with no outside account.
 */
export const DEMO_ACCOUNTS = [
  {
    platform: 'wechat',
    name: '社区生活馆 公众号',
    // 发表不通知 unless a slot picks 群发: the demo's one daily 群发 is the calendar's to spend.
    settings: { openComments: false, accountType: 'subscription', defaultPushMode: 'publish' },
    credentials: { appId: 'wx0000000000000001', appSecret: 'fake-wechat-app-secret', callbackToken: 'fake-wechat-callback-token' },
    // The standing target the plans judge a 公众号 by: each 群发 opened by at least 4% of followers.
    targets: [{ metric: 'openRate', comparison: 'atLeast', target: 4, period: 'post' }],
  },
  {
    platform: 'weibo',
    name: '社区生活馆 微博',
    settings: { rip: '203.0.113.7' },
    credentials: {
      appKey: '1234567890',
      appSecret: 'fake-weibo-app-secret',
      accessToken: '2.00FAKE_DEMO_TOKEN',
      uid: '1404376560',
      expiresAt: '2099-01-01T00:00:00Z',
    },
  },
  {
    platform: 'toutiao',
    name: '社区生活馆 头条号',
    settings: {},
    credentials: {
      clientKey: 'tt_fake_client_key',
      clientSecret: 'fake-toutiao-client-secret',
      openId: 'open-id-1',
      accessToken: 'act.FAKE_DEMO',
      refreshToken: 'rft.FAKE_DEMO',
    },
  },
] as const
