import type { CollectionConfig } from 'payload'
import { isLoggedIn, nobody } from '../../access/predicates'
import { codeLabelCellComponent } from '../../fields/codeLabelCellComponent'
import { optionsFrom } from '../../fields/options'
import { REVIEW_EVENTS, REVIEW_RULES } from '../../workflow/review'
import { REVIEW_STATE_LABELS } from '../../workflow/reviewStates'

/**
 * Append-only audit of review transitions. Nobody writes it through an API, admins included:
 * entries are created by the transition endpoint's server code, in the same transaction.
 */
const EVENT_LABELS = Object.fromEntries(REVIEW_EVENTS.map((event) => [event, REVIEW_RULES[event].label.zh]))
const CONTENT_TYPE_LABELS = { articles: '图文', videos: '视频', posters: '海报' }

export const ReviewLogs: CollectionConfig = {
  slug: 'review-logs',
  labels: { singular: { zh: '审核记录', en: 'Review log' }, plural: { zh: '审核记录', en: 'Review logs' } },
  // The title and id recorded at the time: they stay when the item is deleted (the `doc` link does not).
  admin: {
    useAsTitle: 'docTitle',
    defaultColumns: ['docTitle', 'docCollection', 'docId', 'event', 'from', 'to', 'by', 'at'],
    group: { zh: '合规', en: 'Compliance' },
  },
  access: { create: nobody, read: isLoggedIn, update: nobody, delete: nobody },
  fields: [
    // The link to the item; it goes when the item is deleted. What it was stays in the three fields below.
    {
      name: 'doc',
      type: 'relationship',
      relationTo: ['articles', 'videos', 'posters', 'notes'],
      index: true,
      label: { zh: '内容', en: 'Content' },
    },
    {
      name: 'docCollection',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '内容类型', en: 'Content type' },
      admin: { components: { Cell: codeLabelCellComponent(CONTENT_TYPE_LABELS) } },
    },
    { name: 'docId', type: 'text', required: true, index: true, label: { zh: '内容 ID', en: 'Content id' } },
    { name: 'docTitle', type: 'text', label: { zh: '当时的标题', en: 'Title at the time' } },
    { name: 'from', type: 'select', options: optionsFrom(REVIEW_STATE_LABELS), required: true, label: { zh: '原状态', en: 'From' } },
    { name: 'to', type: 'select', options: optionsFrom(REVIEW_STATE_LABELS), required: true, label: { zh: '新状态', en: 'To' } },
    {
      name: 'event',
      type: 'text',
      required: true,
      label: { zh: '操作', en: 'Event' },
      admin: { components: { Cell: codeLabelCellComponent(EVENT_LABELS) } },
    },
    { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'By' } },
    { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    { name: 'acknowledge', type: 'textarea', label: { zh: '风险确认说明', en: 'Acknowledgement' } },
    { name: 'revision', type: 'text', label: { zh: '版本', en: 'Revision' } },
    { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' } },
    // Set only on a move more than one process may log at once (a platform confirming a publish): the
    // database keeps it unique, so the move has one line (cms/review/logMoveOnce.ts). Absent on the others.
    {
      name: 'moveKey',
      type: 'text',
      unique: true,
      label: { zh: '去重键', en: 'Move key' },
      admin: { hidden: true },
    },
  ],
}
