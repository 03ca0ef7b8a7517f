import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '../../access/predicates'
import { hasRole } from '../../access/roles'
import { ASSIST_TASK_LABELS } from '../../../assist/taskLabels'
import { codeLabelCellComponent } from '../../fields/codeLabelCellComponent'

/** Tokens used by the AI assist, per user and task: one row per call. */
export const AssistUsage: CollectionConfig = {
  slug: 'assist-usage',
  labels: { singular: { zh: 'AI 用量', en: 'AI usage' }, plural: { zh: 'AI 用量', en: 'AI usage' } },
  admin: { defaultColumns: ['user', 'task', 'model', 'totalTokens', 'createdAt'], group: { zh: '系统', en: 'System' } },
  access: {
    create: nobody,
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { user: { equals: req.user.id } } : false),
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { zh: '用户', en: 'User' } },
    {
      name: 'task',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '任务', en: 'Task' },
      admin: { components: { Cell: codeLabelCellComponent(ASSIST_TASK_LABELS) } },
    },
    { name: 'model', type: 'text', label: { zh: '模型', en: 'Model' } },
    { name: 'promptTokens', type: 'number', label: { zh: '输入 token 数', en: 'Prompt tokens' } },
    { name: 'completionTokens', type: 'number', label: { zh: '输出 token 数', en: 'Completion tokens' } },
    { name: 'totalTokens', type: 'number', label: { zh: '合计 token 数', en: 'Total tokens' } },
  ],
}
