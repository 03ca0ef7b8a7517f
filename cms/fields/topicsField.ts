import type { Field } from 'payload'
import { validateTopics } from '../admin/TargetLimits/validateTopics'

/** An item's topics (话题), one tag per entry without '#': each platform writes them its own way when it is published. */
export function topicsField(): Field {
  return {
    name: 'topics',
    type: 'text',
    hasMany: true,
    maxRows: 30,
    maxLength: 40,
    label: { zh: '话题', en: 'Topics' },
    admin: { description: { zh: '不用加 #，发布时按平台加上', en: 'Without #; added per platform when published' } },
    validate: validateTopics,
  }
}
