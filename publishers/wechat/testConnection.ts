import { PublishError } from '../core/errors'
import type { ConnectionCheck, ConnectionReport } from '../core/types'
import type { WechatClient } from './client'

const describe = (error: unknown): string => (error instanceof PublishError ? error.message : String(error))

/** Fetches a token and probes the publishing permission (freepublish/batchget: 48001 means drafts only). */
export async function testWechatConnection({ client }: { client: WechatClient }): Promise<ConnectionReport> {
  const checks: ConnectionCheck[] = []
  try {
    await client.fetchStableToken({ forceRefresh: false })
    checks.push({ name: 'access_token', ok: true, message: '已获取 access_token（stable_token）' })
  } catch (error) {
    checks.push({ name: 'access_token', ok: false, message: describe(error) })
    return { ok: false, canPublish: false, checks }
  }
  try {
    await client.countPublished()
    checks.push({ name: 'publish', ok: true, message: '可以通过接口发表（发布能力可用）' })
  } catch (error) {
    const draftsOnly = error instanceof PublishError && error.code === '48001'
    checks.push({
      name: 'publish',
      ok: false,
      message: draftsOnly ? '只能创建草稿：该公众号没有接口发表权限（48001），发表需在公众号后台手动完成' : describe(error),
    })
  }
  return { ok: true, canPublish: checks.every((check) => check.ok), checks }
}
