import { addDays } from '../../../lib/zonedTime'
import { beijingDay } from '../shared/clock'
import { fakeArticleDay, fakeArticleTotals, fakeFollowerDay, fakeLastCountedDay, fakeStatsMessages } from './datacubeNumbers'
import type { FakeArticleDay, FakeStatsMessage } from './datacubeNumbers'
import type { WechatFakeState } from './state'

/** The fake's datacube lists, built from what it issued (see datacube.ts for the routes and the test knobs). */

type Article = { msgid: string; idx: number; message: FakeStatsMessage }

export const spanDays = (begin: string, end: string): string[] => {
  const days: string[] = []
  for (let day = begin; day <= end; day = addDays(day, 1)) days.push(day)
  return days
}

/** Every article of every message the fake issued a msg_data_id for (its 群发 and 发表 state, via the ledger). */
function articles(state: WechatFakeState): Article[] {
  const entries = state.ledger.entries()
  return fakeStatsMessages(entries).flatMap((message) => {
    const issued = entries.find((entry) => entry.data.msg_data_id === message.msgDataId)
    const count = state.drafts.get(String(issued?.data.media_id))?.articles.length ?? Math.max(1, message.titles.length)
    return Array.from({ length: count }, (_, i) => ({ msgid: `${message.msgDataId}_${i + 1}`, idx: i + 1, message }))
  })
}

/** Days the fake has not computed: configured ones, and yesterday before the ready hour. */
function isMissing(state: WechatFakeState, date: string): boolean {
  const { missingDates, readyHour } = state.config.datacube
  const now = state.clock.now()
  const hour = new Date(now + 8 * 3_600_000).getUTCHours()
  return missingDates.includes(date) || (date === addDays(beijingDay(now), -1) && hour < readyHour)
}

const isDelayed = (state: WechatFakeState, date: string): boolean => state.config.datacube.delayedDates.includes(date)

function sources(day: FakeArticleDay): { user_count: number; scene_desc: string }[] {
  const rest = day.readers - day.pushReaders
  const friends = Math.floor(rest / 2)
  return [
    { user_count: day.readers, scene_desc: '全部' },
    ...(day.pushReaders > 0 ? [{ user_count: day.pushReaders, scene_desc: '公众号消息' }] : []),
    { user_count: friends, scene_desc: '朋友圈' },
    { user_count: rest - friends, scene_desc: '其他' },
  ]
}

const articleOn = (state: WechatFakeState, article: Article, date: string): FakeArticleDay =>
  fakeArticleDay({
    msgid: article.msgid,
    publishDate: article.message.publishDate,
    pushed: article.message.pushed,
    date,
    delayed: isDelayed(state, date),
  })

function totalDetail(state: WechatFakeState, publishDate: string): { list: unknown[]; dates: string[] } {
  const yesterday = addDays(beijingDay(state.clock.now()), -1)
  const last = fakeLastCountedDay(publishDate)
  const dates = spanDays(publishDate, last < yesterday ? last : yesterday).filter((date) => !isMissing(state, date))
  const list = articles(state)
    .filter((article) => article.message.publishDate === publishDate && dates.length > 0)
    .map((article) => ({
      ref_date: publishDate,
      msgid: article.msgid,
      publish_type: article.message.pushed ? 0 : 1,
      title: article.message.titles[article.idx - 1] ?? `文章 ${article.idx}`,
      content_url: `https://mp.weixin.qq.com/s?__biz=FAKE&mid=${article.message.msgDataId}&idx=${article.idx}&sn=fake`,
      detail_list: dates.map((date) => {
        const totals = fakeArticleTotals({
          ...article.message,
          msgid: article.msgid,
          date,
          delayedDates: state.config.datacube.delayedDates,
        })
        const t = totals ?? { ...articleOn(state, article, date), completionRate: 0 }
        return {
          stat_date: date,
          read_user: t.readers,
          read_user_source: sources(t),
          share_user: t.shares,
          zaikan_user: t.wows,
          like_user: t.likes,
          comment_count: t.comments,
          collection_user: t.favorites,
          praise_money: 0,
          read_subscribe_user: Math.floor(t.readers / 100),
          read_delivery_rate: article.message.pushed ? 0.1 : 0,
          read_finish_rate: t.completionRate,
          read_avg_activetime: 1.2,
          read_jump_position: [],
        }
      }),
    }))
  return { list, dates }
}

function articleDaily(state: WechatFakeState, date: string, kind: 'read' | 'share'): unknown[] {
  if (isMissing(state, date)) return []
  return articles(state).flatMap((article): unknown[] => {
    const day = articleOn(state, article, date)
    if (kind === 'share') return day.shares > 0 ? [{ ref_date: date, msgid: article.msgid, detail: { share_user: day.shares } }] : []
    if (day.readers === 0) return []
    return [{ ref_date: date, msgid: article.msgid, detail: { read_user: day.readers, read_user_source: sources(day) } }]
  })
}

function bizSummary(state: WechatFakeState, dates: readonly string[]): unknown[] {
  const issued = articles(state)
  return dates.map((date) => {
    const days = issued.map((article) => articleOn(state, article, date))
    const sum = (name: keyof FakeArticleDay) => days.reduce((total, day) => total + day[name], 0)
    const all = { readers: sum('readers'), pushReaders: sum('pushReaders'), shares: 0, wows: 0, likes: 0, comments: 0, favorites: 0 }
    return {
      ref_date: date,
      detail: {
        read_user: all.readers,
        read_user_source: sources(all),
        share_user: sum('shares'),
        zaikan_user: sum('wows'),
        like_user: sum('likes'),
        comment_count: sum('comments'),
        collection_user: sum('favorites'),
        redirect_ori_page_user: 0,
        send_page_count: 0,
      },
    }
  })
}

/** The list (and is_delay, on the 发表内容 reports) of one report over `[begin, end]`, dates already checked. */
export function datacubeReport(state: WechatFakeState, name: string, begin: string, end: string): { list: unknown[]; delay?: boolean } {
  const dates = spanDays(begin, end).filter((date) => !isMissing(state, date))
  const delayedIn = (covered: readonly string[]) => covered.some((date) => isDelayed(state, date))
  const appId = state.config.appId
  switch (name) {
    case 'getarticletotaldetail': {
      const detail = totalDetail(state, begin)
      return { list: detail.list, delay: delayedIn(detail.dates) }
    }
    case 'getarticleread':
      return { list: articleDaily(state, begin, 'read'), delay: delayedIn(dates) }
    case 'getarticleshare':
      return { list: articleDaily(state, begin, 'share'), delay: delayedIn(dates) }
    case 'getbizsummary':
      return { list: bizSummary(state, dates), delay: delayedIn(dates) }
    case 'getusersummary':
      return {
        list: dates.flatMap((date) =>
          fakeFollowerDay({ appId, date }).sources.map((source) => ({
            ref_date: date,
            user_source: source.userSource,
            new_user: source.newUser,
            cancel_user: source.cancelUser,
          })),
        ),
      }
    default:
      return { list: dates.map((date) => ({ ref_date: date, cumulate_user: fakeFollowerDay({ appId, date }).followers })) }
  }
}
