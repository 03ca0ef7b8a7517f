import type { ReportWeek } from './reportWeek'

type Id = string | number

/** What a report needs of an account, a person, a published delivery and a follower row: plain facts, no Payload. */
export type ReportAccount = { id: Id; name: string; platform: string }
export type ReportPerson = { id: Id; name: string; weeklyOutputTarget: number | null }
export type ReportItem = { collection: string; id: Id; owner: Id | null; title: string }
/** A delivery that went out: its account, its day in the team zone, and its articles (the lead first). */
export type PublishedDelivery = { account: Id; publishedOn: string; items: readonly ReportItem[] }
export type FollowerRow = {
  account: Id
  date: string
  followers: number | null
  newFollowers: number | null
  lostFollowers: number | null
}

/** One week's numbers of an account. People (阅读人数) and plays (播放量) stay apart; null = not reported. */
export type AccountWeekNumbers = {
  posts: number
  readers: number | null
  plays: number | null
  interactions: number | null
  /** 0..1 */
  interactionRate: number | null
  /** 涨粉: net change of followers over the week. */
  followerGain: number | null
  /** Followers at the end of the week (the last day reported). */
  followers: number | null
}

export type AccountWeekLine = { account: ReportAccount; current: AccountWeekNumbers; previous: AccountWeekNumbers }

export type PersonWeekLine = {
  person: ReportPerson
  published: number
  previousPublished: number
  /** null when the person has no weekly target. */
  met: boolean | null
}

export type TopPost = {
  title: string
  account: ReportAccount | null
  publishedAt: string | null
  readers: number | null
  plays: number | null
  interactions: number | null
  interactionRate: number | null
}

export type WeeklyReport = {
  week: ReportWeek
  previous: ReportWeek
  accounts: AccountWeekLine[]
  people: PersonWeekLine[]
  topPosts: TopPost[]
}
