import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'
import type { AccountMetric } from '../../../payload-types'
import { relationId } from '../../../content'

/**
 * One row per account and day whichever door writes it (`key` is unique); the platform is copied from
 * the account. A person's rows are manual (the collector, without a user, writes `api`).
 */
export const keyByAccountAndDay: CollectionBeforeChangeHook<AccountMetric> = async ({ data, originalDoc, req }) => {
  const accountId = relationId(data.account ?? originalDoc?.account)
  if (accountId === null) throw new APIError('请选择平台账号', 400, undefined, true)
  const date = data.date ?? originalDoc?.date
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new APIError('日期请写成 YYYY-MM-DD，例如 2026-12-01', 400, undefined, true)
  }
  if (req.user && data.source === 'api')
    throw new APIError('「接口回收」的数据只能由系统写入；手动填写请选择「手动录入」', 400, undefined, true)
  const account = await req.payload.findByID({
    collection: 'platform-accounts',
    id: accountId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (account === null) throw new APIError('找不到这个平台账号', 400, undefined, true)
  if (req.user) {
    // A person's second row of a day, in words (the unique key alone says 值必须是唯一的 of a hidden field).
    const { docs } = await req.payload.find({
      collection: 'account-metrics',
      where: { key: { equals: `${accountId}:${date}` } },
      select: { key: true },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (docs[0] && String(docs[0].id) !== String(originalDoc?.id))
      throw new APIError(
        `这个账号 ${date} 的粉丝数据已经录入过了，请修改原来那一行（编号 ${docs[0].id}），不要再新建一行`,
        400,
        undefined,
        true,
      )
  }
  return {
    ...data,
    account: accountId,
    date,
    key: `${accountId}:${date}`,
    platform: account.platform,
    ...(req.user ? { source: data.source ?? 'manual', final: data.final ?? true } : {}),
  }
}
