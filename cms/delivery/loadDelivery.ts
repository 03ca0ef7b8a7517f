import type { Payload } from 'payload'
import type { AnyPublisher, RemoteIds } from '../../publishers'
import type { FixAt } from '../../publishers/core/types'
import { relationId } from '../review/contentSnapshot'
import { CONTENT_KIND } from './buildPublishRequest'
import { publishingRuntime } from './publishingRuntime'
import { remember } from './readCache'

type Doc = Record<string, unknown>
export type DeliveryContext = {
  delivery: Doc
  content: { relationTo: 'articles' | 'videos' | 'posters'; value: string | number }
  /** The pinned revision's data (depth 1: media carry filename and focal point). */
  version: Doc
  /** The content the revision belongs to (checked against the delivery's content before sending). */
  versionParent: string | number | null
  account: Doc
  publisher: AnyPublisher
  settings: Record<string, unknown>
  remoteIds: RemoteIds
}

const ACCOUNT_TTL_MS = 10_000
/** A pinned revision never changes. */
const VERSION_TTL_MS = 10 * 60_000

/** Everything one delivery needs, or a sentence saying what is missing. `delivery`: the record, when the caller just read it. */
export async function loadDelivery(args: {
  payload: Payload
  id: string | number
  delivery?: Doc
}): Promise<DeliveryContext | { missing: string; fixAt: FixAt }> {
  const { payload } = args
  const delivery =
    args.delivery ??
    ((await payload.findByID({ collection: 'deliveries', id: args.id, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null)
  if (!delivery) return { missing: '发布记录不存在', fixAt: 'system' }
  const content = delivery.content as DeliveryContext['content']
  const accountId = relationId(delivery.account) ?? ''
  const account = (await remember({
    key: `account:${accountId}`,
    ttlMs: ACCOUNT_TTL_MS,
    load: () => payload.findByID({ collection: 'platform-accounts', id: accountId, depth: 0, overrideAccess: true, disableErrors: true }),
  })) as Doc | null
  if (!account) return { missing: '发布账号已被删除：请换一个账号重新发布', fixAt: 'account' }
  if (!delivery.revision) return { missing: '没有锁定的定稿版本：请重新审核通过后再发布', fixAt: 'content' }
  const version = await remember({
    key: `version:${content.relationTo}:${String(delivery.revision)}`,
    ttlMs: VERSION_TTL_MS,
    load: () =>
      payload.findVersionByID({
        collection: content.relationTo,
        id: String(delivery.revision),
        depth: 1,
        overrideAccess: true,
        disableErrors: true,
      }),
  })
  if (!version) return { missing: `定稿版本 #${String(delivery.revision)} 不存在`, fixAt: 'content' }
  const publisher = publishingRuntime().registry.find({
    platform: account.platform as 'wechat',
    contentKind: CONTENT_KIND[content.relationTo],
  })
  if (!publisher) return { missing: `${String(account.name)} 不支持发布这种内容`, fixAt: 'account' }
  return {
    delivery,
    content: { relationTo: content.relationTo, value: relationId(content.value) ?? '' },
    version: version.version as Doc,
    versionParent: relationId(version.parent),
    account,
    publisher,
    settings: (account.settings && typeof account.settings === 'object' ? account.settings : {}) as Record<string, unknown>,
    remoteIds: (delivery.remoteIds && typeof delivery.remoteIds === 'object' ? delivery.remoteIds : {}) as RemoteIds,
  }
}
