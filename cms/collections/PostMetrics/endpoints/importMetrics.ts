import { APIError } from 'payload'
import { env } from '../../../../lib/env'
import { zonedDate } from '../../../../lib/zonedTime'
import type { ImportReply } from '../../../analytics/import/importReply'
import { byLine, type LineError } from '../../../analytics/import/lineErrors'
import { matchPostRows, repeatedFollowerDays } from '../../../analytics/import/matchPostRows'
import { parseMetricsCsv } from '../../../analytics/import/parseMetricsCsv'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { loadImportDeliveries } from './loadImportDeliveries'
import { readImportRequest } from './readImportRequest'
import { writeImportedFollowers, writeImportedPostMetrics } from './writeImportedMetrics'

/**
 * POST /api/post-metrics/import?account=ID (the file as text/csv) or JSON { account, csv }: one
 * account's numbers per post and day, or its followers per day, from a spreadsheet. All rows or
 * none: every row is checked first and each problem named by its line; then all are written in one
 * transaction as `csv`, final. A row about another account's post is refused.
 */
export const importMetrics = defineEndpoint({
  path: '/import',
  method: 'post',
  roles: ['admin', 'editor'],
  refusal: '只有编辑或管理员可以导入数据。',
  handler: async ({ req, user }) => {
    const { account: accountId, text } = await readImportRequest(req)
    const account = await req.payload
      .findByID({ collection: 'platform-accounts', id: accountId, depth: 0, req, user, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    if (!account) throw new APIError(`找不到平台账号「${accountId}」，请在账号页面里导入`, 400, null, true)
    const parsed = parseMetricsCsv({ text, today: zonedDate({ at: new Date(), timeZone: env.APP_TIMEZONE }) })
    const refuse = (errors: LineError[]) => reply({ kind: parsed.kind, errors: byLine(errors), ignoredColumns: parsed.ignoredColumns })
    if (parsed.kind === 'followers') {
      const errors = [...parsed.errors, ...repeatedFollowerDays(parsed.rows)]
      if (errors.length > 0) return refuse(errors)
      const outcome = await writeImportedFollowers({ req, user, account: account.id, rows: parsed.rows })
      return outcome.ok ? reply({ kind: 'followers', ...outcome, ignoredColumns: parsed.ignoredColumns }) : refuse([outcome.error])
    }
    const known =
      parsed.rows.length === 0 ? [] : await loadImportDeliveries({ req, user, account, refs: parsed.rows.map((row) => row.ref) })
    const matched = matchPostRows({ rows: parsed.rows, account: String(account.id), known })
    const errors = [...parsed.errors, ...matched.errors]
    if (errors.length > 0) return refuse(errors)
    const outcome = await writeImportedPostMetrics({ req, user, rows: matched.rows })
    return outcome.ok ? reply({ kind: 'posts', ...outcome, ignoredColumns: parsed.ignoredColumns }) : refuse([outcome.error])
  },
})

function reply(args: {
  kind: ImportReply['kind']
  created?: number
  updated?: number
  errors?: LineError[]
  ignoredColumns: string[]
}): Response {
  const errors = args.errors ?? []
  const ignored = args.ignoredColumns.length > 0 ? `（没有导入这些列：${args.ignoredColumns.join('、')}）` : ''
  const what = args.kind === 'followers' ? '粉丝数据' : '内容数据'
  const body: ImportReply = {
    kind: args.kind,
    created: args.created ?? 0,
    updated: args.updated ?? 0,
    errors,
    ignoredColumns: args.ignoredColumns,
    message:
      errors.length > 0
        ? `导入失败：有 ${errors.length} 行需要修改，数据没有任何改动。`
        : `导入完成：${what}新增 ${args.created ?? 0} 行，更新 ${args.updated ?? 0} 行。${ignored}`,
  }
  return Response.json(body, { status: errors.length > 0 ? 400 : 200 })
}
