import type { CollectionConfig } from 'payload'
import { adminOrSelf, fieldAdmin, fieldAdminOrSelf, fieldEditorialOrSelf, isAdmin, isLoggedIn } from '../../access/predicates'
import { ROLE_LABELS } from '../../access/roles'
import { optionsFrom } from '../../fields/options'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const LOGIN_LOCK_ATTEMPTS = 5
export const LOGIN_LOCK_MS = 10 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    maxLoginAttempts: LOGIN_LOCK_ATTEMPTS,
    lockTime: LOGIN_LOCK_MS,
    tokenExpiration: 8 * 60 * 60,
    // Payload reads the signed-in user on every request, at the config's depth (2) unless told: an
    // operator's assigned accounts were read in full each time (with access overridden), doubling the
    // cost of signing a request in. Access needs only their ids (cms/access/accountAssignment.ts).
    depth: 0,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: { zh: '系统', en: 'System' } },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    // Teammates see who owns and who approved an item (name, role, email); only admins change others.
    read: isLoggedIn,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 64, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'copywriter',
      options: optionsFrom(ROLE_LABELS),
      saveToJWT: true,
      label: { zh: '角色', en: 'Role' },
      access: { create: fieldAdmin, update: fieldAdmin },
      admin: { position: 'sidebar' },
    },
    {
      // The accounts an operator (内容运营) schedules and publishes for; enforced on every door (cms/access/accountAssignment.ts).
      name: 'accounts',
      type: 'relationship',
      relationTo: 'platform-accounts',
      hasMany: true,
      label: { zh: '负责的账号', en: 'Assigned accounts' },
      // Only admins assign; the operator reads their own, editors everyone's (who runs which account).
      access: { read: fieldEditorialOrSelf, create: fieldAdmin, update: fieldAdmin },
      admin: {
        position: 'sidebar',
        description: {
          zh: '内容运营只能给这些账号排期、发布和确认发布',
          en: 'An operator schedules, publishes and confirms only for these',
        },
      },
    },
    {
      name: 'weeklyOutputTarget',
      type: 'number',
      min: 0,
      label: { zh: '每周产出目标（篇）', en: 'Weekly output target (items)' },
      access: { create: fieldAdmin, update: fieldAdmin },
      admin: {
        position: 'sidebar',
        description: { zh: '周报里对照每人的实际发布数', en: 'The weekly report compares each person’s published items with it' },
      },
    },
    {
      name: 'notifyByEmail',
      type: 'checkbox',
      defaultValue: true,
      access: { read: fieldAdminOrSelf },
      label: { zh: '通知同时发到邮箱', en: 'Also e-mail my notifications' },
      admin: {
        description: {
          zh: '退回修改、待我审核、发布失败等通知，除了后台的小红点，也发一封邮件到登录邮箱',
          en: 'Review requests, changes requested and failed posts also arrive by e-mail',
        },
      },
    },
    {
      name: 'wechatId',
      type: 'text',
      maxLength: 64,
      access: { read: fieldAdminOrSelf },
      label: { zh: '微信号（接收手机预览）', en: 'WeChat ID (phone previews)' },
      admin: {
        description: {
          zh: '「发送预览」会把图文推送到这个微信号，需已关注公众号',
          en: 'Previews are sent to this WeChat ID; it must follow the account',
        },
      },
    },
  ],
}
