import type { CollectionConfig } from 'payload'
import { isEditorial, isLoggedIn } from '../../access/predicates'
import { exportCsv } from './endpoints/exportCsv'
import { lexiconCategoryCode } from './categories'
import { importCsv } from './endpoints/importCsv'

export const SEVERITY_LABELS = {
  block: { zh: '禁止（阻止提交）', en: 'Block' },
  review: { zh: '需审核确认', en: 'Needs review' },
  warn: { zh: '提醒', en: 'Warn' },
  allow: { zh: '白名单（不提示）', en: 'Allow' },
} as const

export const SensitiveWords: CollectionConfig = {
  slug: 'sensitive-words',
  labels: { singular: { zh: '敏感词', en: 'Sensitive word' }, plural: { zh: '敏感词库', en: 'Sensitive words' } },
  admin: {
    useAsTitle: 'word',
    defaultColumns: ['word', 'category', 'severity', 'replacement', 'enabled'],
    group: { zh: '合规', en: 'Compliance' },
    components: { beforeList: ['/cms/admin/LexiconCsv#LexiconCsv'] },
  },
  endpoints: [exportCsv, importCsv],
  access: { create: isEditorial, read: isLoggedIn, update: isEditorial, delete: isEditorial },
  fields: [
    {
      name: 'word',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 64,
      label: { zh: '词语', en: 'Word' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)] },
    },
    {
      name: 'category',
      type: 'text',
      required: true,
      defaultValue: 'other',
      index: true,
      label: { zh: '类别', en: 'Category' },
      admin: {
        components: { Field: '/cms/admin/LexiconCsv/CategoryField#CategoryField', Cell: '/cms/admin/LexiconCsv/CategoryCell#CategoryCell' },
      },
      // A category typed by its name (绝对化用语), through any door, is stored as its code.
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? lexiconCategoryCode(value) : value)] },
    },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'warn',
      options: Object.entries(SEVERITY_LABELS).map(([value, label]) => ({ value, label })),
      label: { zh: '级别', en: 'Severity' },
    },
    { name: 'replacement', type: 'text', label: { zh: '建议替换为', en: 'Suggested replacement' } },
    {
      name: 'matchPinyin',
      type: 'select',
      defaultValue: 'off',
      options: [
        { value: 'off', label: { zh: '不匹配拼音', en: 'No pinyin' } },
        { value: 'full', label: { zh: '匹配全拼（如 wen zhuan bu pei）', en: 'Full syllables' } },
        { value: 'initials', label: { zh: '全拼和首字母（如 wzbp）', en: 'Syllables and initials' } },
      ],
      label: { zh: '拼音变体', en: 'Pinyin variants' },
    },
    {
      name: 'matchVariants',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '匹配谐音、形近字、拆字和叠字', en: 'Match homophones, look-alikes, split characters and repeats' },
    },
    { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Enabled' } },
  ],
}
