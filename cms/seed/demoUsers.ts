import type { Role } from '../access/roles'

/** `weeklyOutputTarget`: items a week the weekly report holds each person to. */
export const DEMO_USERS: { email: string; name: string; role: Role; weeklyOutputTarget: number | null }[] = [
  { email: 'admin@demo.local', name: '王管理', role: 'admin', weeklyOutputTarget: null },
  { email: 'editor@demo.local', name: '李主编', role: 'editor', weeklyOutputTarget: 2 },
  { email: 'copywriter@demo.local', name: '张文案', role: 'copywriter', weeklyOutputTarget: 4 },
  { email: 'designer@demo.local', name: '陈设计', role: 'designer', weeklyOutputTarget: 1 },
  // 编导: the short videos and their 分镜; 内容运营: the 小红书, 视频号 and 抖音 accounts (assigned after they exist).
  { email: 'producer@demo.local', name: '赵编导', role: 'video_producer', weeklyOutputTarget: 2 },
  { email: 'operator@demo.local', name: '孙运营', role: 'operator', weeklyOutputTarget: 3 },
]
