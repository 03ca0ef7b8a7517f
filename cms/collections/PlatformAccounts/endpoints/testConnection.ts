import { APIError } from 'payload'
import { publishContext } from '../../../delivery/publishContext'
import { publishingRuntime } from '../../../delivery/publishingRuntime'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { findForUser } from '../../../http/findForUser'

/**
 * POST /api/platform-accounts/:id/test: fetches a token and probes what the account may do
 * (publish, or drafts only; an IP allow-list error explained), and stores the result as its health.
 */
export const testConnection = defineEndpoint({
  path: '/:id/test',
  method: 'post',
  roles: ['admin'],
  refusal: '只有管理员可以测试账号连接。',
  handler: async ({ req, params }) => {
    const { payload } = req
    const account = await findForUser({ req, collection: 'platform-accounts', id: params.id, missing: '账号不存在。' })
    const registry = publishingRuntime().registry
    const publisher = registry.all.find((p) => p.capabilities.platform === account.platform && p.testConnection)
    if (!publisher?.testConnection) throw new APIError('这个平台没有可测试的接口。', 400, null, true)
    const ctx = await publishContext({
      payload,
      deliveryId: `test-${String(account.id)}`,
      accountId: account.id,
      remoteIds: {},
      prepareBodyImage: async (f) => f,
      signal: AbortSignal.timeout(30_000),
    })
    const report = await publisher.testConnection({ ctx }).catch((error: unknown) => ({
      ok: false,
      canPublish: false,
      checks: [{ name: 'connection', ok: false, message: error instanceof Error ? error.message : String(error) }],
    }))
    const message = report.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.message}`).join('；')
    // The health is the system's record of the last check: no role writes it through the API.
    await payload.update({
      collection: 'platform-accounts',
      id: account.id,
      overrideAccess: true,
      data: { health: { status: report.ok ? 'ok' : 'error', message, checkedAt: new Date().toISOString() } },
    })
    return Response.json(report)
  },
})
