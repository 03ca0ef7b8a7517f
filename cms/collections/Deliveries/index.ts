import type { CollectionConfig } from 'payload'
import { JSON_FIELD_COMPONENT } from '../../fields/jsonFieldAdmin'
import { accountScope } from '../../access/accountAssignment'
import { fieldAdmin, nobody } from '../../access/predicates'
import { PUSH_MODE_LABELS } from '../../../lib/platforms'
import { optionsFrom } from '../../fields/options'
import { titleVariantField } from '../../fields/titleCandidateFields'
import { DELIVERY_STATE_LABELS } from '../../workflow/deliveryStates'
import { keepContentTitle } from './hooks/keepContentTitle'
import { markPublished } from './endpoints/markPublished'
import { packageFileEndpoints } from './endpoints/packageFiles'
import { publishNow } from './endpoints/publishNow'
import { cancelEndpoint, releaseEndpoint } from './endpoints/decideHeld'
import { retryEndpoint } from './endpoints/retry'

/** One content revision × one platform account: the record of a publish. */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { singular: { zh: '发布记录', en: 'Delivery' }, plural: { zh: '发布记录', en: 'Deliveries' } },
  admin: {
    useAsTitle: 'title',
    // An operator looks a delivery up by what was published, or by the link someone pasted to them.
    listSearchableFields: ['title', 'url'],
    defaultColumns: ['content', 'account', 'state', 'url', 'updatedAt'],
    group: { zh: '发布', en: 'Publishing' },
  },
  // One door: deliveries are made only by the product's own code (publish now, the calendar, retry),
  // which checks approval and pins the revision, and change state only through the compare-and-set
  // writer (cms/delivery/moveDelivery.ts). REST, GraphQL and duplicate are closed to every role, and
  // the record is never deleted: it is the history of what went out.
  endpoints: [publishNow, markPublished, ...packageFileEndpoints, retryEndpoint, releaseEndpoint, cancelEndpoint],
  access: { create: nobody, read: ({ req }) => accountScope(req.user), update: nobody, delete: nobody },
  hooks: { beforeChange: [keepContentTitle] },
  fields: [
    {
      name: 'content',
      type: 'relationship',
      relationTo: ['articles', 'videos', 'posters', 'notes'],
      required: true,
      label: { zh: '内容', en: 'Content' },
    },
    {
      // The content's title when the delivery was made, kept on the record so that the list can be searched by it.
      name: 'title',
      type: 'text',
      label: { zh: '内容标题', en: 'Content title' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'revision',
      type: 'text',
      label: { zh: '定稿版本', en: 'Revision' },
      admin: { description: { zh: '审核通过时锁定的版本 ID', en: 'Version id pinned at approval' } },
    },
    {
      // The rest of a multi-article push, in order after the lead, each pinned at its approved revision.
      name: 'bundle',
      type: 'array',
      maxRows: 7,
      label: { zh: '次条', en: 'More articles' },
      fields: [
        { name: 'article', type: 'relationship', relationTo: 'articles', required: true, label: { zh: '文章', en: 'Article' } },
        { name: 'revision', type: 'text', required: true, label: { zh: '定稿版本', en: 'Revision' } },
        { name: 'url', type: 'text', label: { zh: '发布链接', en: 'Link' } },
      ],
    },
    titleVariantField(),
    { name: 'mode', type: 'select', options: optionsFrom(PUSH_MODE_LABELS), label: { zh: '推送方式', en: 'Push mode' } },
    { name: 'tagId', type: 'text', label: { zh: '群发对象标签 ID', en: 'Follower tag id' } },
    // Copied from the remote ids as soon as they exist: the send job (status, callback) and the content (statistics).
    { name: 'msgId', type: 'text', index: true, label: { zh: '群发任务 ID（msg_id）', en: 'Send job id (msg_id)' } },
    { name: 'msgDataId', type: 'text', index: true, label: { zh: '图文消息 ID（msg_data_id）', en: 'Message data id (msg_data_id)' } },
    {
      name: 'massResult',
      type: 'json',
      label: { zh: '群发结果', en: 'Mass send result' },
      admin: { components: JSON_FIELD_COMPONENT },
    },
    { name: 'account', type: 'relationship', relationTo: 'platform-accounts', required: true, label: { zh: '发布账号', en: 'Account' } },
    { name: 'calendarEntry', type: 'relationship', relationTo: 'calendar-entries', label: { zh: '排期', en: 'Calendar entry' } },
    {
      name: 'state',
      type: 'select',
      options: optionsFrom(DELIVERY_STATE_LABELS),
      defaultValue: 'queued',
      required: true,
      index: true,
      label: { zh: '状态', en: 'State' },
    },
    {
      // Set by a move into a state the delivery rests in, cleared once what follows the move is written
      // (cms/delivery/moveFollowUps.ts): the reconciler finishes what a process killed in between left.
      name: 'followUpPending',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { zh: '后续步骤待完成', en: 'Follow-up pending' },
      admin: { hidden: true },
    },
    { name: 'remoteIds', type: 'json', label: { zh: '平台返回的 ID', en: 'Remote ids' }, admin: { components: JSON_FIELD_COMPONENT } },
    { name: 'url', type: 'text', label: { zh: '发布链接', en: 'Link' } },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0, label: { zh: '尝试次数', en: 'Attempts' } },
    { name: 'lastError', type: 'json', label: { zh: '最近错误', en: 'Last error' }, admin: { components: JSON_FIELD_COMPONENT } },
    {
      name: 'handoff',
      type: 'json',
      label: { zh: '人工发布包', en: 'Manual handoff' },
      admin: {
        components: JSON_FIELD_COMPONENT,
        description: { zh: '需要在平台后台手动完成的步骤和可复制的内容', en: 'What to finish by hand in the back office' },
      },
    },
    {
      // A hand-off to a person with the phone (小红书, 视频号, Douyin's share): every field to copy, the
      // images and video in order, the checklist; the delivery waits in awaiting_operator until the link comes back.
      name: 'package',
      type: 'json',
      label: { zh: '发布包', en: 'Hand-off package' },
      admin: {
        components: JSON_FIELD_COMPONENT,
        description: {
          zh: '运营在手机上打开、逐项复制并发布，再把作品链接贴回来',
          en: 'The operator posts it from the phone and pastes the link back',
        },
      },
    },
    {
      name: 'actorIp',
      type: 'text',
      label: { zh: '操作人公网 IP', en: "Actor's public IP" },
      access: { read: fieldAdmin },
      admin: {
        readOnly: true,
        description: {
          zh: '排期或点发布的人的公网 IP（微博接口要求）',
          en: 'Public IP of whoever scheduled or pressed publish (Weibo requires it)',
        },
      },
    },
    { name: 'sentAt', type: 'date', label: { zh: '开始发送', en: 'Sent at' } },
    { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' } },
    { name: 'metricsQuickForm', type: 'ui', admin: { components: { Field: '/cms/admin/DeliveryMetrics#DeliveryMetrics' } } },
  ],
}
