import type { Role } from '../access/roles'

/** `weeklyOutputTarget`: items a week the weekly report holds each person to. */
export const DEMO_USERS: { email: string; name: string; role: Role; weeklyOutputTarget: number | null }[] = [
  { email: 'admin@demo.local', name: '王管理', role: 'admin', weeklyOutputTarget: null },
  { email: 'editor@demo.local', name: '李主编', role: 'editor', weeklyOutputTarget: 2 },
  { email: 'copywriter@demo.local', name: '张文案', role: 'copywriter', weeklyOutputTarget: 4 },
  { email: 'designer@demo.local', name: '陈设计', role: 'designer', weeklyOutputTarget: 1 },
]
