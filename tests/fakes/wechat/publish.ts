import { z } from 'zod'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { consumeQuota, wxError } from './replies'
import type { WechatFakeState } from './state'
import { checkAccessToken } from './tokens'

function field(request: FakeRequest, name: string): string | undefined {
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? z.record(z.unknown()).safeParse(parsed.value) : undefined
  const value = body?.success ? body.data[name] : undefined
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

/** Token, publishing permission (48001 for unverified accounts), then the daily quota. */
function gate(state: WechatFakeState, request: FakeRequest): FakeReply | undefined {
  const denied = checkAccessToken(state, request)
  if (denied) return denied
  if (!state.config.verified) return wxError(48001, 'api unauthorized')
  return consumeQuota(state, request)
}

function submit(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = gate(state, request)
  if (denied) return denied
  const mediaId = field(request, 'media_id') ?? ''
  const draft = state.drafts.get(mediaId)
  if (draft === undefined || !draft.inDraftBox) return wxError(40007, 'invalid media_id')
  const text = draft.articles.map((article) => `${article.title}${article.content}`).join('')
  if (state.config.precheckBlockedWords.some((word) => text.includes(word))) return wxError(53503, '该草稿未通过发布检查')
  state.seq += 1
  const publishId = String(2247503000 + state.seq)
  const now = state.clock.now()
  state.publishes.set(publishId, { draftMediaId: mediaId, polls: 0, submittedAt: now, finalStatus: state.config.publishFinalStatus })
  const msgDataId = String(2247600000 + state.seq)
  state.ledger.record({ kind: 'publish', data: { publish_id: publishId, media_id: mediaId, msg_data_id: msgDataId }, at: now })
  return { committed: true, json: { errcode: 0, errmsg: 'ok', publish_id: publishId, msg_data_id: msgDataId } }
}

/** The async state machine: publish_status 1 for the configured polls (or ms), then the final status. */
function getStatus(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = gate(state, request)
  if (denied) return denied
  const publishId = field(request, 'publish_id') ?? ''
  const job = state.publishes.get(publishId)
  if (job === undefined) return wxError(40002, 'invalid argument')
  job.polls += 1
  const now = state.clock.now()
  const { publishMsUntilFinal, publishPollsUntilFinal } = state.config
  const final = publishMsUntilFinal !== undefined ? now - job.submittedAt >= publishMsUntilFinal : job.polls > publishPollsUntilFinal
  if (!final) return { json: { publish_id: publishId, publish_status: 1, fail_idx: [] } }
  if (job.finalStatus !== 0) {
    const failIdx = job.finalStatus === 2 || job.finalStatus === 4 ? [1] : []
    return { json: { publish_id: publishId, publish_status: job.finalStatus, fail_idx: failIdx } }
  }
  if (job.articleId === undefined) {
    state.seq += 1
    job.articleId = `FAKE_ARTICLE_${state.seq}`
    job.articleUrl = `https://mp.weixin.qq.com/s/FAKEPERMALINK${state.seq}`
    const draft = state.drafts.get(job.draftMediaId)
    if (draft) draft.inDraftBox = false
    state.ledger.record({ kind: 'published', data: { publish_id: publishId, article_id: job.articleId, url: job.articleUrl }, at: now })
  }
  const articleCount = Math.max(1, state.drafts.get(job.draftMediaId)?.articles.length ?? 1)
  const items = Array.from({ length: articleCount }, (_, index) => ({
    idx: index + 1,
    article_url: index === 0 ? job.articleUrl : `${job.articleUrl}_${index + 1}`,
  }))
  return {
    json: {
      publish_id: publishId,
      publish_status: 0,
      article_id: job.articleId,
      article_detail: { count: items.length, item: items },
      fail_idx: [],
    },
  }
}

function newsItems(state: WechatFakeState, job: { draftMediaId: string; articleUrl?: string }): unknown[] {
  const articles = state.drafts.get(job.draftMediaId)?.articles ?? []
  return articles.map((article) => ({ ...article, url: job.articleUrl, is_deleted: false }))
}

function getArticle(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = gate(state, request)
  if (denied) return denied
  const articleId = field(request, 'article_id')
  const job = [...state.publishes.values()].find((candidate) => candidate.articleId !== undefined && candidate.articleId === articleId)
  if (job === undefined) return wxError(53600, 'Article ID 无效')
  return { json: { news_item: newsItems(state, job) } }
}

function listPublished(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = gate(state, request)
  if (denied) return denied
  const published = [...state.publishes.values()].filter((job) => job.articleId !== undefined)
  return {
    json: {
      total_count: published.length,
      item_count: published.length,
      item: published.map((job) => ({
        article_id: job.articleId,
        content: { news_item: newsItems(state, job) },
        update_time: Math.floor(job.submittedAt / 1000),
      })),
    },
  }
}

export function wechatPublishRoutes(state: WechatFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: '/cgi-bin/freepublish/submit', handle: (request) => submit(state, request) },
    { method: 'POST', path: '/cgi-bin/freepublish/get', handle: (request) => getStatus(state, request) },
    { method: 'POST', path: '/cgi-bin/freepublish/getarticle', handle: (request) => getArticle(state, request) },
    { method: 'POST', path: '/cgi-bin/freepublish/batchget', handle: (request) => listPublished(state, request) },
  ]
}
