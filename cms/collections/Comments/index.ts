import type { CollectionConfig } from 'payload'
import { isLoggedIn } from '../../access/predicates'
import { hasRole } from '../../access/roles'
import { CONTENT_SLUGS } from '../../content'
import { keepAuthor } from './hooks/keepAuthor'
import { requireReadableDoc } from './hooks/requireReadableDoc'

/**
 * A teammate's comment on a piece of work (the designer and copywriter on a 编导's video cut): any
 * logged-in member writes one as themselves on an item they may read; only its author or an admin
 * changes or removes it.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: { zh: '评论', en: 'Comment' }, plural: { zh: '评论', en: 'Comments' } },
  admin: { useAsTitle: 'body', defaultColumns: ['doc', 'author', 'body', 'createdAt'], group: { zh: '内容', en: 'Content' } },
  hooks: { beforeChange: [requireReadableDoc] },
  access: {
    create: isLoggedIn,
    read: isLoggedIn,
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { author: { equals: req.user.id } } : false),
    delete: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { author: { equals: req.user.id } } : false),
  },
  fields: [
    {
      name: 'doc',
      type: 'relationship',
      relationTo: [...CONTENT_SLUGS],
      required: true,
      index: true,
      label: { zh: '内容', en: 'Content' },
    },
    { name: 'body', type: 'textarea', required: true, maxLength: 2000, label: { zh: '评论', en: 'Comment' } },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { zh: '评论人', en: 'Author' },
      admin: { readOnly: true },
      hooks: { beforeChange: [keepAuthor] },
    },
  ],
}
