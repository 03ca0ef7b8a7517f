import { z } from 'zod'
import { startDouyinFake } from './douyin'
import { startToutiaoFake } from './toutiao'
import { startWechatFake } from './wechat'
import { startWeiboFake } from './weibo'

/** Demo: all the platform fakes on fixed ports (env overrides), printing what to put in .env. Test tooling, not app code. */
const env = z
  .object({
    FAKES_HOST: z.string().default('127.0.0.1'),
    WECHAT_FAKE_PORT: z.coerce.number().int().nonnegative().default(4101),
    WEIBO_FAKE_PORT: z.coerce.number().int().nonnegative().default(4102),
    TOUTIAO_FAKE_PORT: z.coerce.number().int().nonnegative().default(4103),
    DOUYIN_FAKE_PORT: z.coerce.number().int().nonnegative().default(4104),
  })
  .parse(process.env)

const fakes = await Promise.all([
  startWechatFake({ port: env.WECHAT_FAKE_PORT, host: env.FAKES_HOST }),
  startWeiboFake({ port: env.WEIBO_FAKE_PORT, host: env.FAKES_HOST }),
  startToutiaoFake({ port: env.TOUTIAO_FAKE_PORT, host: env.FAKES_HOST }),
  startDouyinFake({ port: env.DOUYIN_FAKE_PORT, host: env.FAKES_HOST }),
])
const [wechat, weibo, toutiao, douyin] = fakes

console.log(`Platform fakes running:
  WECHAT_API_BASE=${wechat.baseUrl}    appId wx0000000000000001, appSecret fake-wechat-app-secret
  WEIBO_API_BASE=${weibo.baseUrl}     appKey 1234567890, appSecret fake-weibo-app-secret, accessToken 2.00FAKE_DEMO_TOKEN (uid 1404376560)
  TOUTIAO_API_BASE=${toutiao.baseUrl}   clientKey tt_fake_client_key, clientSecret fake-toutiao-client-secret, openId open-id-1,
                                         accessToken act.FAKE_DEMO, refreshToken rft.FAKE_DEMO
  DOUYIN_API_BASE=${douyin.baseUrl}    clientKey aw_fake_client_key, clientSecret fake-douyin-client-secret, openId douyin-open-id-1,
                                         accessToken act.FAKE_DOUYIN_DEMO, refreshToken rft.FAKE_DOUYIN_DEMO
Test API on each: GET /__ledger, POST /__faults, DELETE /__faults, POST /__reset, POST /__clock, GET|POST /__config`)

const stop = async (): Promise<void> => {
  await Promise.all(fakes.map((fake) => fake.close()))
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
