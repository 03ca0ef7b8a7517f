import { MONTH_ARTICLES, MONTH_VIDEOS } from './demoMonthContent'

export type DemoPlatform = 'wechat' | 'weibo' | 'toutiao' | 'douyin' | 'xiaohongshu' | 'channels'

/** One post of the demo's last month: where, when (days before today, Beijing time) and what. */
export type PlannedPost = {
  platform: DemoPlatform
  dayOffset: number
  time: string
  content: { collection: 'articles' | 'videos' | 'notes'; key: string }
  /** 次条 of a WeChat push, after the lead. */
  bundle: string[]
  mode: 'mass' | 'publish' | null
  titleVariant: number | null
  /** Far below its account's median: the dashboard flags it 待优化. */
  weak: boolean
  /** How far the account reaches against its platform's usual (several 小红书 accounts of one brand); 1 when absent. */
  reach?: number
}

export const MONTH_DAYS = 30

/**
 * A month the way the demo team works: the 公众号 four days a week (群发 twice, one with a 次条, 发表
 * otherwise), each lead again on Weibo at noon, twice a week on Toutiao as an article, a store video
 * on Toutiao weekly; one title test on Weibo; two weak posts (a 发表 and a video, judged by
 * readers and plays). Fixed by the day's place in the week
 * cycle, so the plan never depends on when the seed runs.
 */
export function demoMonthPlan(): PlannedPost[] {
  const posts: PlannedPost[] = []
  const articles = MONTH_ARTICLES.map((article) => article.key)
  let next = 0
  let video = 0
  let lastLead: string | null = null
  const post = (fields: Partial<PlannedPost> & Pick<PlannedPost, 'platform' | 'dayOffset' | 'time' | 'content'>) =>
    posts.push({ bundle: [], mode: null, titleVariant: null, weak: false, ...fields })
  for (let day = MONTH_DAYS; day >= 1; day--) {
    const slot = day % 7
    if (slot === 1 || slot === 2 || slot === 4 || slot === 5) {
      const lead = articles[next++]
      const mass = slot === 1 || slot === 5
      const bundle = slot === 5 ? [articles[next++]] : []
      post({
        platform: 'wechat',
        dayOffset: -day,
        time: mass ? '20:00' : '07:30',
        content: { collection: 'articles', key: lead },
        bundle,
        mode: mass ? 'mass' : 'publish',
        weak: day === 9,
      })
      post({ platform: 'weibo', dayOffset: -day, time: '12:00', content: { collection: 'articles', key: lead } })
      lastLead = lead
    }
    if ((slot === 2 || slot === 5) && lastLead !== null)
      post({ platform: 'toutiao', dayOffset: -day, time: '09:00', content: { collection: 'articles', key: lastLead } })
    if (slot === 4)
      post({
        platform: 'toutiao',
        dayOffset: -day,
        time: '19:00',
        content: { collection: 'videos', key: MONTH_VIDEOS[video++].key },
        weak: day === 11,
      })
  }
  if (next !== articles.length) throw new Error('the demo month plan and its articles disagree')
  return withTitleTest(posts)
}

/** The article with title candidates goes to Weibo twice at noon: title 1, then title 2 two days later. */
function withTitleTest(posts: PlannedPost[]): PlannedPost[] {
  const tested = MONTH_ARTICLES.find((article) => article.candidates !== undefined)
  const first = posts.find((post) => post.platform === 'weibo' && post.content.key === tested?.key)
  if (tested === undefined || first === undefined) return posts
  first.titleVariant = 1
  return [...posts, { ...first, dayOffset: first.dayOffset + 2, titleVariant: 2 }]
}
