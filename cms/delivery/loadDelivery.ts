import type { Payload } from 'payload'
import type { AnyPublisher, RemoteIds } from '../../publishers'
import type { FixAt } from '../../publishers/core/types'
import { CONTENT_KIND, contentRefOf, relationId, type ContentDoc, type ContentRef } from '../content'
import type { Delivery, PlatformAccount } from '../payload-types'
import { readRemoteIds, readSettings } from './deliveryJson'
import { publishingRuntime } from './publishingRuntime'
import { readDelivery } from './readDelivery'
import { remember } from './readCache'

export type DeliveryContext = {
  delivery: Delivery
  content: ContentRef
  /** The pinned revision's data (depth 1: media carry filename and focal point). */
  version: ContentDoc
  /** The content the revision belongs to (checked against the delivery's content before sending). */
  versionParent: string | number | null
  account: PlatformAccount
  publisher: AnyPublisher
  settings: Record<string, unknown>
  remoteIds: RemoteIds
  /** Articles 2..n of a push, each at its pinned revision (its parent checked before sending, like the lead's). */
  bundle: LoadedBundleArticle[]
}

export type LoadedBundleArticle = {
  content: ContentRef & { relationTo: 'articles' }
  revision: string
  version: ContentDoc
  versionParent: string | number | null
}

const ACCOUNT_TTL_MS = 10_000
/** A pinned revision never changes. */
const VERSION_TTL_MS = 10 * 60_000

/** Everything one delivery needs, or a sentence saying what is missing. `delivery`: the record, when the caller just read it. */
export async function loadDelivery(args: {
  payload: Payload
  id: string | number
  delivery?: Delivery
}): Promise<DeliveryContext | { missing: string; fixAt: FixAt }> {
  const { payload } = args
  const delivery = args.delivery ?? (await readDelivery({ payload, id: args.id }))
  if (!delivery) return { missing: '发布记录不存在', fixAt: 'system' }
  const content = contentRefOf(delivery.content)
  if (!content) return { missing: '发布记录没有指向任何内容', fixAt: 'system' }
  const accountId = relationId(delivery.account) ?? ''
  const account = await remember({
    key: `account:${accountId}`,
    ttlMs: ACCOUNT_TTL_MS,
    load: () => payload.findByID({ collection: 'platform-accounts', id: accountId, depth: 0, overrideAccess: true, disableErrors: true }),
  })
  if (!account) return { missing: '发布账号已被删除：请换一个账号重新发布', fixAt: 'account' }
  if (!delivery.revision) return { missing: '没有锁定的定稿版本：请重新审核通过后再发布', fixAt: 'content' }
  const revision = delivery.revision
  const version = await remember({
    key: `version:${content.relationTo}:${revision}`,
    ttlMs: VERSION_TTL_MS,
    load: () =>
      payload.findVersionByID({
        collection: content.relationTo,
        id: revision,
        depth: 1,
        overrideAccess: true,
        disableErrors: true,
      }),
  })
  if (!version) return { missing: `定稿版本 #${revision} 不存在`, fixAt: 'content' }
  const bundle: LoadedBundleArticle[] = []
  for (const item of delivery.bundle ?? []) {
    const articleId = relationId(item.article)
    if (articleId === null) return { missing: '多图文中有一篇次条已被删除：请重新排期', fixAt: 'content' }
    const pinned = await remember({
      key: `version:articles:${item.revision}`,
      ttlMs: VERSION_TTL_MS,
      load: () =>
        payload.findVersionByID({ collection: 'articles', id: item.revision, depth: 1, overrideAccess: true, disableErrors: true }),
    })
    if (!pinned) return { missing: `次条的定稿版本 #${item.revision} 不存在`, fixAt: 'content' }
    bundle.push({
      content: { relationTo: 'articles', value: articleId },
      revision: item.revision,
      version: pinned.version,
      versionParent: relationId(pinned.parent),
    })
  }
  const publisher = publishingRuntime().registry.find({ platform: account.platform, contentKind: CONTENT_KIND[content.relationTo] })
  if (!publisher) return { missing: `${account.name} 不支持发布这种内容`, fixAt: 'account' }
  return {
    delivery,
    content,
    version: version.version,
    versionParent: relationId(version.parent),
    account,
    publisher,
    settings: readSettings(account.settings),
    remoteIds: readRemoteIds(delivery.remoteIds),
    bundle,
  }
}
