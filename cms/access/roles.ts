export const ROLES = ['admin', 'editor', 'copywriter', 'designer', 'video_producer', 'operator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Admin' },
  editor: { zh: '编辑', en: 'Editor' },
  copywriter: { zh: '文案策划', en: 'Copywriter' },
  designer: { zh: '设计师', en: 'Designer' },
  video_producer: { zh: '编导', en: 'Video producer' },
  operator: { zh: '内容运营', en: 'Content operator' },
}

type MaybeUser = { id: string | number; role?: string | null; collection?: string } | null | undefined

export function roleOf(user: MaybeUser): Role | null {
  return ROLES.find((known) => known === user?.role) ?? null
}

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && allowed.includes(role)
}
