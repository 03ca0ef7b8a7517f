import type { CollectionConfig } from 'payload'
import { fieldNobody, isAdmin, nobody } from '../../access/predicates'
import { hasRole } from '../../access/roles'
import { sendNotificationOutward } from '../../notify/sendNotificationOutward'
import { markOutwardPending } from './hooks/markOutwardPending'
import { outwardFields } from './outwardFields'

/**
 * Messages to one user: "your article went back to review", "a publish failed". Shown in the admin
 * (the header badge, the home page), and also sent by e-mail and to the 企业微信 group robot: right
 * after the save, and again by the worker's sweep until each copy is sent or given up (outwardState.ts).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { zh: '通知', en: 'Notification' }, plural: { zh: '通知', en: 'Notifications' } },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'doc', 'read', 'emailOutward', 'robotOutward', 'createdAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    create: nobody,
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { recipient: { equals: req.user.id } } : false),
    update: ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false),
    delete: isAdmin,
  },
  hooks: { beforeChange: [markOutwardPending], afterChange: [sendNotificationOutward] },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { zh: '接收人', en: 'Recipient' },
      access: { update: fieldNobody },
    },
    // A code for programs (changes_requested, delivery_failed…); people read the message, so the admin hides it.
    {
      name: 'kind',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '类型', en: 'Kind' },
      access: { update: fieldNobody },
      admin: { hidden: true },
    },
    { name: 'message', type: 'textarea', required: true, label: { zh: '内容', en: 'Message' }, access: { update: fieldNobody } },
    {
      name: 'doc',
      type: 'relationship',
      relationTo: ['articles', 'videos', 'posters', 'notes', 'topics', 'festivals', 'campaigns'],
      label: { zh: '相关内容', en: 'Item' },
      access: { update: fieldNobody },
    },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已读', en: 'Read' } },
    ...outwardFields,
  ],
}
