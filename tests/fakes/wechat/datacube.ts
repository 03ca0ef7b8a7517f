import { z } from 'zod'
import { addDays } from '../../../lib/zonedTime'
import { beijingDay } from '../shared/clock'
import type { FaultInput } from '../shared/faults'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { fakeArticleDay, fakeArticleTotals, fakeFollowerDay, fakeLastCountedDay, fakeStatsMessages } from './datacubeNumbers'
import type { FakeArticleDay, FakeStatsMessage } from './datacubeNumbers'
import { consumeQuota, wxError } from './replies'
import type { WechatFakeState } from './state'
import { checkAccessToken } from './tokens'

/** Longest span per call (analytics.md §2.2, §2.4); the fake takes the shortest reading where it is UNCERTAIN. */
export const DATACUBE_MAX_DAYS: Readonly<Record<string, number>> = {
  getarticletotaldetail: 1,
  getarticleread: 1,
  getarticleshare: 1,
  getbizsummary: 30,
  getusersummary: 7,
  getusercumulate: 7,
}

/** Maintenance stopped: 47009 "this api is offline" (analytics.md §2.3). */
const LEGACY = ['getarticlesummary', 'getarticletotal', 'getuserread', 'getuserreadhour', 'getusershare', 'getusersharehour']

type Article = { msgid: string; idx: number; message: FakeStatsMessage }

const bodySchema = z.object({ begin_date: z.string(), end_date: z.string() })
const DAY = /^\d{4}-\d{2}-\d{2}$/

const spanDays = (begin: string, end: string): string[] => {
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

function report(state: WechatFakeState, name: string, begin: string, end: string): { list: unknown[]; delay?: boolean } {
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

/**
 * POST /datacube/<name>: token, 47009 for the legacy reports, 48001 for unverified accounts, the daily quota (`dailyQuotas` may name
 * /datacube/... paths), then the dates: malformed, begin after end, or end_date ≥ today (the fake's clock,
 * Beijing) → 61500; longer than the endpoint's span → 61501 (UNCERTAIN code, analytics.md §2.1).
 */
function answer(state: WechatFakeState, request: FakeRequest, name: string): FakeReply & { rows?: number; delay?: boolean } {
  const denied = checkAccessToken(state, request)
  if (denied) return denied
  if (LEGACY.includes(name)) return wxError(47009, 'this api is offline, please use the new api')
  if (!state.config.verified) return wxError(48001, 'api unauthorized')
  const quota = consumeQuota(state, request)
  if (quota) return quota
  const parsed = parseJsonBody(request.body)
  if (!parsed.ok) return wxError(47001, 'data format error')
  const body = bodySchema.safeParse(parsed.value)
  if (!body.success) return wxError(40002, 'invalid argument')
  const { begin_date: begin, end_date: end } = body.data
  const today = beijingDay(state.clock.now())
  if (!DAY.test(begin) || !DAY.test(end) || begin > end || end >= today) return wxError(61500, 'date format error')
  if (spanDays(begin, end).length > (DATACUBE_MAX_DAYS[name] ?? 1)) return wxError(61501, 'date range error')
  const { list, delay } = report(state, name, begin, end)
  return { json: delay === undefined ? { list } : { list, is_delay: delay }, rows: list.length, delay }
}

/** Every call goes to the ledger as `datacube`: the report, the dates asked, and the rows or the errcode answered. */
function datacube(state: WechatFakeState, request: FakeRequest, name: string): FakeReply {
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? bodySchema.partial().safeParse(parsed.value) : undefined
  const { rows, delay, ...reply } = answer(state, request, name)
  const errcode = z.object({ errcode: z.number() }).safeParse(reply.json)
  state.ledger.record({
    kind: 'datacube',
    data: {
      name,
      begin_date: body?.success ? body.data.begin_date : undefined,
      end_date: body?.success ? body.data.end_date : undefined,
      ...(errcode.success ? { errcode: errcode.data.errcode } : { rows, is_delay: delay ?? false }),
    },
    at: state.clock.now(),
  })
  return reply
}

/** A canned WeChat error (45009, 48001, ...) on the next `times` calls of one datacube report, through the fault rules. */
export function datacubeFault(args: { name: string; errcode: number; errmsg?: string; times?: number }): FaultInput {
  return {
    path: `/datacube/${args.name}`,
    times: args.times ?? 1,
    kind: 'reply',
    json: { errcode: args.errcode, errmsg: `${args.errmsg ?? 'fake datacube error'} rid: fake-datacube` },
  }
}

export function wechatDatacubeRoutes(state: WechatFakeState): FakeRoute[] {
  return [...Object.keys(DATACUBE_MAX_DAYS), ...LEGACY].map((name): FakeRoute => ({
    method: 'POST',
    path: `/datacube/${name}`,
    handle: (request) => datacube(state, request, name),
  }))
}
