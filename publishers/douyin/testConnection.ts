import { PublishError } from '../core/errors'
import type { BytedanceOauthClient } from '../core/bytedance/client'
import type { ConnectionCheck, ConnectionReport, PublishContext } from '../core/types'
import { douyinAppCredentialsSchema, douyinCredentialsSchema } from './accountSchemas'
import type { DouyinCredentials } from './accountSchemas'
import type { DouyinUserClient } from './client'
import { douyinGrantState } from './oauthPolicy'

const describe = (error: unknown): string => (error instanceof PublishError ? error.message : String(error))

/**
 * The app's keys (a client token; the share hand-off needs only them), then the user's grant: when a
 * re-connect is due (the 5-renewal limit), and a read of the account's videos. Server publishing
 * (`video.create.bind`) cannot be probed without posting: the first publish tells (2190004).
 */
export async function testDouyinConnection(args: {
  ctx: PublishContext
  makeOauth: (app: { clientKey: string; clientSecret: string }) => Pick<BytedanceOauthClient, 'clientToken'>
  makeClient: (credentials: DouyinCredentials) => DouyinUserClient
}): Promise<ConnectionReport> {
  const { ctx } = args
  const checks: ConnectionCheck[] = []
  const app = douyinAppCredentialsSchema.safeParse(ctx.credentials)
  if (!app.success) {
    checks.push({ name: 'app', ok: false, message: '没有填写抖音应用的 Client Key 和 Client Secret' })
    return { ok: false, canPublish: false, checks }
  }
  try {
    await args.makeOauth(app.data).clientToken()
    checks.push({ name: 'app', ok: true, message: '抖音应用凭据有效（可生成「在抖音中打开」链接）' })
  } catch (error) {
    checks.push({ name: 'app', ok: false, message: describe(error) })
    return { ok: false, canPublish: false, checks }
  }
  const user = douyinCredentialsSchema.safeParse(ctx.credentials)
  if (!user.success) {
    checks.push({ name: 'grant', ok: true, message: '账号尚未授权：只能交给运营在手机上发布；服务器直接发布需先连接抖音账号' })
    return { ok: true, canPublish: true, checks }
  }
  const grant = douyinGrantState({ credentials: user.data, now: ctx.now?.() ?? Date.now() })
  try {
    await args.makeClient(user.data).videoList({ cursor: 0, count: 1 })
    checks.push({ name: 'grant', ok: !grant.reconnectDue, message: `可以读取作品列表；${grant.message}` })
  } catch (error) {
    checks.push({ name: 'grant', ok: false, message: describe(error) })
  }
  return { ok: checks.every((check) => check.ok), canPublish: true, checks }
}
