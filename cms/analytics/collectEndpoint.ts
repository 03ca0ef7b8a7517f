import { APIError } from 'payload'
import { z } from 'zod'
import { defineEndpoint } from '../http/defineEndpoint'
import { findForUser } from '../http/findForUser'
import { collectAccountStats, collectAllAccounts, type AccountCollection } from './collect'

const bodySchema = z
  .object({ account: z.union([z.number().int().positive(), z.string().trim().min(1).max(64)]) })
  .partial()
  .strict()
  .nullable()
  .transform((body) => body ?? {})

const answer = (run: AccountCollection) => ({
  id: run.id,
  name: run.name,
  platform: run.platform,
  status: run.status,
  message: run.message,
  posts: run.posts,
  rows: run.rows,
})

/**
 * POST /api/analytics/collect (立即更新): reads one account's statistics (`{ "account": id }`) or every
 * account's now, in this process, and answers once they are stored, with each account's outcome.
 * The same run as the daily job, so a quota or permission block holds here too (and the answer says so).
 */
export const collectEndpoint = defineEndpoint({
  path: '/analytics/collect',
  method: 'post',
  roles: ['admin', 'editor'],
  refusal: '只有编辑或管理员可以立即更新数据。',
  body: bodySchema,
  invalidBody: '请求内容不对：只能传「account」，即平台账号的编号，例如 { "account": 3 }；不传则更新全部账号。',
  handler: async ({ req, body }) => {
    const { payload } = req
    const now = new Date()
    if (body.account === undefined) return Response.json({ accounts: (await collectAllAccounts({ payload, now })).map(answer) })
    const account = await findForUser({
      req,
      collection: 'platform-accounts',
      id: body.account,
      missing: '找不到这个平台账号，请确认编号。',
    }).catch((error: unknown) => {
      // An id the adapter cannot even look up (text where ids are numbers) is just as missing.
      throw error instanceof APIError ? error : new APIError('找不到这个平台账号，请确认编号。', 404, null, true)
    })
    return Response.json({ accounts: [answer(await collectAccountStats({ payload, accountId: account.id, now }))] })
  },
})
