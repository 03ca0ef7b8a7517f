import type { Delivery } from '../payload-types'
import type { PlannedPost } from './demoMonthPlan'

type Id = string | number
export type DemoDeliveryFields = {
  fields: Partial<Pick<Delivery, 'msgId' | 'msgDataId' | 'url' | 'remoteIds' | 'massResult'>>
  /** Links of the 次条, in order. */
  bundleUrls: string[]
}

/**
 * What each kind of post leaves on its delivery when it went out, as the publishers record it: the
 * ids the statistics join on (WeChat msg_data_id, Weibo idstr, Toutiao item_id) and the link. A
 * Toutiao article is a hand-off an editor confirmed with its link.
 */
export function demoDeliveryFields(args: { post: PlannedPost; serial: number; editor: Id }): DemoDeliveryFields {
  const { post, serial } = args
  const n = String(serial).padStart(3, '0')
  if (post.platform === 'wechat') {
    const msgDataId = `2247504${n}`
    const url = (idx: number) => `https://mp.weixin.qq.com/s?__biz=MzDEMO==&mid=${msgDataId}&idx=${idx}`
    const bundleUrls = post.bundle.map((_, index) => url(index + 2))
    if (post.mode === 'mass') {
      const msgId = `1000004${n}`
      return {
        fields: {
          msgId,
          msgDataId,
          url: url(1),
          remoteIds: { draft: `DEMO_DRAFT_${n}`, msgId, msgDataId, url: url(1) },
          massResult: { succeeded: true, statusText: '群发成功', counts: { total: 18_800, sent: 18_650, errors: 150 } },
        },
        bundleUrls,
      }
    }
    return {
      fields: {
        msgDataId,
        url: url(1),
        remoteIds: { draft: `DEMO_DRAFT_${n}`, publish: `DEMO_PUBLISH_${n}`, article: `DEMO_ARTICLE_${n}`, msgDataId, url: url(1) },
      },
      bundleUrls,
    }
  }
  if (post.platform === 'weibo') {
    const idstr = `5118000000${n}`
    const url = `https://weibo.com/1404376560/${idstr}`
    return { fields: { url, remoteIds: { post: idstr, url } }, bundleUrls: [] }
  }
  if (post.content.collection === 'videos') return { fields: { remoteIds: { video: `v02${n}demo`, item: `@TTDEMO${n}` } }, bundleUrls: [] }
  const url = `https://www.toutiao.com/article/7450000000${n}/`
  return { fields: { url, remoteIds: { confirmedBy: String(args.editor) } }, bundleUrls: [] }
}
