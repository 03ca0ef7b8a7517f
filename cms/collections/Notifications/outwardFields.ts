import type { Field } from 'payload'
import { fieldAdmin, fieldNobody } from '../../access/predicates'
import { OUTWARD_STATES, type OutwardState } from '../../notify/outwardState'

const OUTWARD_LABELS: Record<OutwardState, { zh: string; en: string }> = {
  pending: { zh: '待发送', en: 'Pending' },
  sent: { zh: '已发送', en: 'Sent' },
  off: { zh: '无需发送', en: 'Not needed' },
  failed: { zh: '发送失败，已放弃', en: 'Failed, given up' },
}

// Set by the sending code alone (database writes, no API): every door may only read them.
const sendingCodeOnly = {
  access: { create: fieldNobody, update: fieldNobody },
  admin: { readOnly: true, position: 'sidebar' },
} as const

function channelState(name: 'emailOutward' | 'robotOutward', label: { zh: string; en: string }): Field {
  const options = OUTWARD_STATES.map((value) => ({ value, label: OUTWARD_LABELS[value] }))
  return { name, type: 'select', index: true, options, label, ...sendingCodeOnly }
}

/** How a notification's e-mail and 企业微信 copies stand (cms/notify/outwardState.ts), shown beside it. */
export const outwardFields: Field[] = [
  channelState('emailOutward', { zh: '邮件', en: 'E-mail' }),
  channelState('robotOutward', { zh: '企业微信群', en: 'WeCom group' }),
  { name: 'outwardAttempts', type: 'number', label: { zh: '外发尝试次数', en: 'Send attempts' }, ...sendingCodeOnly },
  {
    name: 'outwardNextAt',
    type: 'date',
    index: true,
    label: { zh: '下次补发时间', en: 'Next attempt' },
    ...sendingCodeOnly,
    admin: { ...sendingCodeOnly.admin, date: { pickerAppearance: 'dayAndTime' } },
  },
  // The SMTP server's or the robot's words may name internal hosts: for admins only.
  {
    name: 'outwardError',
    type: 'textarea',
    label: { zh: '最近一次外发失败原因', en: 'Last send error' },
    ...sendingCodeOnly,
    access: { ...sendingCodeOnly.access, read: fieldAdmin },
  },
]
