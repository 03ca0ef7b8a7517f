import type { Field } from 'payload'
import { fieldEditorial } from '../access/predicates'
import { hasRole } from '../access/roles'

/**
 * The user who owns a document. Set to the creator; only editors and admins may set or change it
 * to someone else.
 */
export function ownerField(args: { name?: string; label?: { zh: string; en: string } } = {}): Field {
  return {
    name: args.name ?? 'owner',
    type: 'relationship',
    relationTo: 'users',
    label: args.label ?? { zh: '负责人', en: 'Owner' },
    index: true,
    access: { update: fieldEditorial },
    admin: { position: 'sidebar' },
    hooks: {
      beforeChange: [
        ({ operation, req, value }) => {
          if (operation !== 'create' || !req.user) return value
          if (value && hasRole(req.user, 'admin', 'editor')) return value
          return req.user.id
        },
      ],
    },
  }
}
