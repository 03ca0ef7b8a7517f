import type { Role } from '../access/roles'

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.local', name: '王管理', role: 'admin' },
  { email: 'editor@demo.local', name: '李主编', role: 'editor' },
  { email: 'copywriter@demo.local', name: '张文案', role: 'copywriter' },
  { email: 'designer@demo.local', name: '陈设计', role: 'designer' },
]
