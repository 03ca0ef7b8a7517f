import { randomBytes } from 'node:crypto'
import type { Field } from 'payload'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** URL slug of the public page; Chinese titles do not slug well, so a short random one is the default. */
export function slugField(): Field {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { zh: '链接标识', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        zh: '公开页面地址的一部分，只能用小写字母、数字和连字符',
        en: 'Part of the public page URL: lowercase letters, digits and hyphens',
      },
    },
    validate: (value: unknown) =>
      value === undefined || value === null || value === '' || (typeof value === 'string' && SLUG.test(value))
        ? true
        : '链接标识只能包含小写字母、数字和连字符 (a-z, 0-9, -)',
    hooks: {
      beforeValidate: [({ value, operation }) => (value ? value : operation === 'create' ? `a-${randomBytes(5).toString('hex')}` : value)],
    },
  }
}
