import type { CollectionConfig } from 'payload'
import { fieldEditorial, fieldNobody, hasAnyRole, isEditorial, isLoggedIn, editorialOrOwn } from '../../access/predicates'
import { optionsFrom } from '../../fields/options'
import { ownerField } from '../../fields/ownerField'
import { zonedDateField } from '../../fields/zonedDateField'
import { TOPIC_SOURCE_LABELS, TOPIC_STATE_LABELS } from '../../planning/planningLabels'
import { guardTopic } from './hooks/guardTopic'
import { startTopicEndpoint } from './endpoints/startTopicEndpoint'

/**
 * 选题: an idea the team means to make, before any draft exists. Editors approve topics (the state is
 * theirs alone); an approved topic can hold calendar slots, and "start writing" (POST /:id/start)
 * creates the linked draft for its owner and fills every slot waiting on it.
 */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { zh: '选题', en: 'Topic' }, plural: { zh: '选题库', en: 'Topics' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'pillar', 'state', 'owner', 'dueDate'],
    group: { zh: '策划', en: 'Planning' },
  },
  access: {
    create: hasAnyRole('admin', 'editor', 'copywriter', 'designer', 'video_producer', 'operator'),
    read: isLoggedIn,
    update: editorialOrOwn({ authors: ['copywriter', 'designer', 'video_producer', 'operator'], field: 'owner' }),
    delete: isEditorial,
  },
  endpoints: [startTopicEndpoint],
  hooks: { beforeChange: [guardTopic] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { zh: '暂定标题', en: 'Working title' } },
    { name: 'angle', type: 'textarea', label: { zh: '切入角度', en: 'Angle' } },
    {
      // Checked against 策划设置's list of pillars (guardTopic): the team keeps its own list.
      name: 'pillar',
      type: 'text',
      maxLength: 40,
      label: { zh: '内容栏目', en: 'Content pillar' },
      admin: { description: { zh: '栏目清单在「策划设置」里维护', en: 'The list lives in Planning settings' } },
    },
    { name: 'source', type: 'select', options: optionsFrom(TOPIC_SOURCE_LABELS), label: { zh: '选题来源', en: 'Source' } },
    { name: 'festival', type: 'relationship', relationTo: 'festivals', label: { zh: '关联节点', en: 'Festival' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, label: { zh: '所属活动', en: 'Campaign' } },
    {
      name: 'feature',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '专题', en: 'Feature' },
      admin: { description: { zh: '每周的大型专题，计入「每周专题数」', en: "Counts toward the week's features" } },
    },
    {
      name: 'accounts',
      type: 'relationship',
      relationTo: 'platform-accounts',
      hasMany: true,
      label: { zh: '目标账号', en: 'Target accounts' },
    },
    ownerField({ label: { zh: '执行人', en: 'Owner' } }),
    zonedDateField({ name: 'dueDate', label: { zh: '交稿时间', en: 'Due' }, index: true }),
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'idea',
      index: true,
      options: optionsFrom(TOPIC_STATE_LABELS),
      label: { zh: '状态', en: 'State' },
      access: { create: fieldEditorial, update: fieldEditorial },
      admin: { position: 'sidebar' },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '通过人', en: 'Approved by' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: { zh: '通过时间', en: 'Approved at' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Set by "start writing" only.
      name: 'content',
      type: 'relationship',
      relationTo: ['articles', 'videos', 'posters', 'notes'],
      label: { zh: '已开写的内容', en: 'Draft' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
