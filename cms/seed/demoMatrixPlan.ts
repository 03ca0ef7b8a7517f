import type { MatrixAccountKey } from './demoMatrixAccounts'
import { MONTH_VIDEOS } from './demoMonthContent'

/** Days before (negative) or after today, Beijing time, and the slot's time of day. */
type Slot = { account: MatrixAccountKey; dayOffset: number; time: string; content: { collection: 'notes' | 'videos'; key: string } }

/** A post of the last month that went out (its delivery is published, its numbers are in). */
export type MatrixPost = Slot & { weak: boolean }
/** A slot still ahead: its content's review state decides whether it is scheduled or waits. */
export type MatrixUpcoming = Slot & { title: string }

/** Which notes each 小红书 account posted, in turn; the brand account and the 种草号 share some (矩阵分发). */
const NOTE_ROTATION: Partial<Record<MatrixAccountKey, string[]>> = {
  xhsBrand: ['n01', 'n02', 'n03', 'n04', 'n05', 'n06', 'n07', 'n08', 'n09'],
  xhsPicks: ['n03', 'n07', 'n01', 'n08', 'n09', 'n02', 'n05', 'n04', 'n06'],
  xhsDeals: ['n06', 'n04', 'n09', 'n05'],
  xhsStaff: ['n10', 'n05'],
}

/** Weekday slots of each account (the day's place in a 7-day cycle, as in demoMonthPlan) and their time. */
const CADENCE: { account: MatrixAccountKey; slots: number[]; time: string }[] = [
  { account: 'xhsBrand', slots: [1, 4], time: '12:00' },
  { account: 'xhsPicks', slots: [2, 5], time: '20:00' },
  { account: 'xhsDeals', slots: [3], time: '19:30' },
  { account: 'xhsStaff', slots: [6], time: '18:00' },
]

/** The 员工号 went quiet for a week (the store manager was on leave): the matrix shows the gap. */
const STAFF_GAP = { from: 20, to: 13 }
/** One 福利号 note that did poorly (待优化 on the dashboard). */
const WEAK_DEALS_DAY = 10

/**
 * The matrix's last month, fixed by the day's place in the week so it never depends on when the seed
 * runs: the 小红书 accounts on their own days and hours; 抖音 the 编导's videos weekly and the store
 * videos cross-posted from 头条; 视频号 each 编导 video the day after 抖音.
 */
export function demoMatrixPosts(monthDays: number): MatrixPost[] {
  const posts: MatrixPost[] = []
  const turn = new Map<MatrixAccountKey, number>()
  const producerVideos = ['p1', 'p2', 'p3', 'p4']
  let douyinOwn = 0
  let douyinStore = 0
  let channels = 0
  for (let day = monthDays; day >= 1; day--) {
    const slot = day % 7
    for (const cadence of CADENCE) {
      if (!cadence.slots.includes(slot)) continue
      if (cadence.account === 'xhsStaff' && day <= STAFF_GAP.from && day >= STAFF_GAP.to) continue
      const rotation = NOTE_ROTATION[cadence.account] ?? []
      const index = turn.get(cadence.account) ?? 0
      turn.set(cadence.account, index + 1)
      posts.push({
        account: cadence.account,
        dayOffset: -day,
        time: cadence.time,
        content: { collection: 'notes', key: rotation[index % rotation.length] },
        weak: cadence.account === 'xhsDeals' && day === WEAK_DEALS_DAY,
      })
    }
    if (slot === 0 && douyinOwn < producerVideos.length) {
      const key = producerVideos[douyinOwn++]
      posts.push({ account: 'douyin', dayOffset: -day, time: '18:00', content: { collection: 'videos', key }, weak: false })
    }
    if (slot === 4 && douyinStore < MONTH_VIDEOS.length) {
      const key = MONTH_VIDEOS[douyinStore++].key
      posts.push({ account: 'douyin', dayOffset: -day, time: '18:30', content: { collection: 'videos', key }, weak: false })
    }
    if (slot === 6 && channels < producerVideos.length) {
      const key = producerVideos[channels++]
      posts.push({ account: 'channels', dayOffset: -day, time: '20:00', content: { collection: 'videos', key }, weak: false })
    }
  }
  return posts
}

/** The two hand-offs waiting for the operator: yesterday evening's (late, flagged red) and today's. */
export const DEMO_HANDOFFS: { late: Slot; dueToday: Pick<Slot, 'account' | 'content'> } = {
  late: { account: 'xhsDeals', dayOffset: -1, time: '19:30', content: { collection: 'notes', key: 'n11' } },
  // Its slot is a moment ago today, whenever the demo is seeded: not late yet.
  dueToday: { account: 'xhsPicks', content: { collection: 'notes', key: 'n12' } },
}

/** The week ahead on the matrix accounts; some days stay empty on purpose. */
export const DEMO_MATRIX_UPCOMING: readonly MatrixUpcoming[] = [
  { account: 'xhsBrand', dayOffset: 1, time: '12:00', content: { collection: 'notes', key: 'n13' }, title: '年货节清单 · 小红书主号' },
  // The same note as a 抖音 图集, published by the worker through the (fake) Douyin API.
  { account: 'douyin', dayOffset: 1, time: '18:00', content: { collection: 'notes', key: 'n13' }, title: '年货节清单 · 抖音图集' },
  { account: 'xhsPicks', dayOffset: 2, time: '20:00', content: { collection: 'notes', key: 'n14' }, title: '暖冬汤品 · 种草号' },
  { account: 'xhsDeals', dayOffset: 3, time: '19:30', content: { collection: 'notes', key: 'n16' }, title: '本周抽奖 · 福利社' },
  { account: 'channels', dayOffset: 3, time: '20:00', content: { collection: 'videos', key: 'p5' }, title: '年货节预告 · 视频号' },
  { account: 'xhsBrand', dayOffset: 4, time: '12:00', content: { collection: 'notes', key: 'n15' }, title: '旧衣回收 · 小红书主号' },
  { account: 'douyin', dayOffset: 5, time: '18:00', content: { collection: 'videos', key: 'p5' }, title: '年货节预告 · 抖音' },
  { account: 'xhsStaff', dayOffset: 6, time: '18:00', content: { collection: 'notes', key: 'n17' }, title: '店长私藏汤 · 员工号' },
  { account: 'douyin', dayOffset: 7, time: '18:00', content: { collection: 'videos', key: 'p6' }, title: '冬至包饺子 · 抖音' },
]
