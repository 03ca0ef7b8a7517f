import { z } from 'zod'
import { beijingDay } from '../shared/clock'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { advanceMassJob } from './massJobs'
import { consumeQuota, wxError } from './replies'
import type { FakeMassJob, WechatFakeState } from './state'
import { checkAccessToken } from './tokens'

const DAY_MS = 86_400_000
const RETRY_GAP_MS = 60_000
const CLIENT_MSG_ID_MAX_BYTES = 64
const SERVICE_PER_FOLLOWER_PER_MONTH = 4

const massBodySchema = z
  .object({
    msgtype: z.string(),
    mpnews: z.object({ media_id: z.unknown() }).optional(),
    clientmsgid: z.string().optional(),
    send_ignore_reprint: z.union([z.literal(0), z.literal(1)]).optional(),
    filter: z.object({ is_to_all: z.boolean(), tag_id: z.number().int().optional() }).optional(),
    touser: z.union([z.array(z.string()), z.string()]).optional(),
    towxname: z.string().optional(),
  })
  .passthrough()
type MassBody = z.infer<typeof massBodySchema>

function readBody(request: FakeRequest): MassBody | FakeReply {
  const parsed = parseJsonBody(request.body)
  if (!parsed.ok) return wxError(47001, 'data format error')
  const body = massBodySchema.safeParse(parsed.value)
  if (!body.success) return wxError(40002, 'invalid argument')
  return body.data
}

/** mpnews with a draft media_id still in the draft box (wechat.md §9.3/§9.4). */
function draftOf(state: WechatFakeState, body: MassBody): { mediaId: string } | FakeReply {
  if (body.msgtype !== 'mpnews') return wxError(40004, 'invalid media type')
  const mediaId = body.mpnews?.media_id
  if (typeof mediaId !== 'string') return wxError(40004, 'invalid media type')
  const draft = state.drafts.get(mediaId)
  if (draft === undefined || !draft.inDraftBox) return wxError(40007, 'invalid media_id')
  return { mediaId }
}

/** The 24-hour clientmsgid table: a repeat within 60 s of the last attempt → 45066, later → 45065 with the job's msg_id. */
function checkClientMsgId(state: WechatFakeState, clientMsgId: string | undefined): FakeReply | undefined {
  if (clientMsgId === undefined) return undefined
  if (Buffer.byteLength(clientMsgId) > CLIENT_MSG_ID_MAX_BYTES) return wxError(45067, 'clientmsgid size out of limit')
  const now = state.clock.now()
  const known = state.clientMsgIds.get(clientMsgId)
  if (known === undefined || now - known.firstAt >= DAY_MS) return undefined
  const previous = known.lastAttemptAt
  known.lastAttemptAt = now
  state.ledger.record({
    kind: 'sendall-repeat',
    data: { clientmsgid: clientMsgId, msg_id: known.msgId, tooFast: now - previous < RETRY_GAP_MS },
    at: now,
  })
  if (now - previous < RETRY_GAP_MS) return wxError(45066, 'clientmsgid retry too fast')
  return { json: { errcode: 45065, errmsg: 'clientmsgid exist', msg_id: Number(known.msgId) } }
}

function sentToday(state: WechatFakeState): number {
  const today = beijingDay(state.clock.now())
  return [...state.masses.values()].filter((job) => beijingDay(job.sentAt) === today).length
}

function sentThisMonth(state: WechatFakeState): number {
  const month = beijingDay(state.clock.now()).slice(0, 7)
  return [...state.masses.values()].filter((job) => beijingDay(job.sentAt).slice(0, 7) === month).length
}

/** Token, 48001 for unverified accounts, the API's daily budget. */
function gate(state: WechatFakeState, request: FakeRequest): FakeReply | undefined {
  const denied = checkAccessToken(state, request)
  if (denied) return denied
  if (!state.config.verified) return wxError(48001, 'api unauthorized')
  return consumeQuota(state, request)
}

function commitMass(state: WechatFakeState, args: { body: MassBody; mediaId: string; kind: 'sendall' | 'send' }): FakeReply {
  const { body, mediaId } = args
  const now = state.clock.now()
  if (state.config.accountType === 'subscription' && sentToday(state) >= 1) {
    return { json: { errcode: 45028, errmsg: 'has no masssend quota hint: [FAKE]' } }
  }
  const draft = state.drafts.get(mediaId)
  if (draft === undefined) return wxError(40007, 'invalid media_id')
  state.seq += 1
  const msgId = String(1_000_000_000 + state.seq)
  const msgDataId = String(2_247_500_000 + state.seq)
  const overMonthly = state.config.accountType === 'service' && sentThisMonth(state) >= SERVICE_PER_FOLLOWER_PER_MONTH
  const followers = state.config.followers
  const job: FakeMassJob = {
    msgId,
    msgDataId,
    draftMediaId: mediaId,
    articles: draft.articles,
    clientMsgId: body.clientmsgid,
    filter: body.filter ?? { touser: body.touser },
    status: 'SENDING',
    finalStatus: state.config.massFinalStatus,
    gets: 0,
    sentAt: now,
    sent: overMonthly ? 0 : followers,
    errors: overMonthly ? followers : 0,
  }
  state.masses.set(msgId, job)
  if (body.clientmsgid !== undefined) state.clientMsgIds.set(body.clientmsgid, { msgId, firstAt: now, lastAttemptAt: now })
  // "上传到草稿箱中的素材被群发或发布后，该素材将从草稿箱中移除" (wechat.md §9.2).
  draft.inDraftBox = false
  state.ledger.record({
    kind: args.kind,
    data: {
      msg_id: msgId,
      msg_data_id: msgDataId,
      media_id: mediaId,
      clientmsgid: body.clientmsgid,
      filter: job.filter,
      titles: draft.articles.map((article) => article.title),
    },
    at: now,
  })
  if (state.config.massPollsUntilFinal === 0 && state.config.massMsUntilFinal === undefined) {
    setImmediate(() => advanceMassJob(state, job, { force: true }))
  }
  return {
    committed: true,
    json: { errcode: 0, errmsg: 'send job submission success', msg_id: Number(msgId), msg_data_id: Number(msgDataId) },
  }
}

function sendAll(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = gate(state, request)
  if (denied) return denied
  const body = readBody(request)
  if (!('msgtype' in body)) return body
  const repeat = checkClientMsgId(state, body.clientmsgid)
  if (repeat) return repeat
  if (body.filter === undefined) return wxError(40002, 'invalid argument filter')
  if (!body.filter.is_to_all) {
    const tag = body.filter.tag_id
    if (tag === undefined || !state.config.tagIds.includes(tag)) return wxError(45159, 'invalid tag id')
  }
  const draft = draftOf(state, body)
  if (!('mediaId' in draft)) return draft
  return commitMass(state, { body, mediaId: draft.mediaId, kind: 'sendall' })
}

function sendToOpenIds(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = gate(state, request)
  if (denied) return denied
  const body = readBody(request)
  if (!('msgtype' in body)) return body
  const touser = Array.isArray(body.touser) ? body.touser : []
  if (touser.length < 2 || touser.length > 10_000) return wxError(40032, 'invalid openid list size, at least two openid')
  const repeat = checkClientMsgId(state, body.clientmsgid)
  if (repeat) return repeat
  const draft = draftOf(state, body)
  if (!('mediaId' in draft)) return draft
  return commitMass(state, { body, mediaId: draft.mediaId, kind: 'send' })
}

/** One person's phone: towxname (wins) or touser; towxname 100 a day (wechat.md §9.5). Uses no mass quota. */
function preview(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = checkAccessToken(state, request)
  if (denied) return denied
  const body = readBody(request)
  if (!('msgtype' in body)) return body
  const touser = typeof body.touser === 'string' ? body.touser : undefined
  if (body.towxname === undefined && touser === undefined) return wxError(40003, 'invalid openid')
  if (body.towxname !== undefined) {
    const key = `${beijingDay(state.clock.now())} preview-towxname`
    const used = state.quotaUsed.get(key) ?? 0
    if (used >= state.config.previewDailyLimit) return wxError(45009, 'reach max api daily quota limit')
    state.quotaUsed.set(key, used + 1)
  }
  const draft = draftOf(state, body)
  if (!('mediaId' in draft)) return draft
  state.seq += 1
  const msgId = String(3_000_000_000 + state.seq)
  const titles = state.drafts.get(draft.mediaId)?.articles.map((article) => article.title) ?? []
  const to = body.towxname === undefined ? { touser } : { towxname: body.towxname }
  state.ledger.record({ kind: 'preview', data: { msg_id: msgId, media_id: draft.mediaId, ...to, titles }, at: state.clock.now() })
  return { committed: true, json: { errcode: 0, errmsg: 'preview success', msg_id: Number(msgId) } }
}

const msgIdBodySchema = z.object({
  msg_id: z.union([z.string(), z.number()]).transform(String).optional(),
  article_idx: z.number().int().nonnegative().optional(),
})

function jobOf(state: WechatFakeState, request: FakeRequest): { job: FakeMassJob; articleIdx?: number } | FakeReply {
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? msgIdBodySchema.safeParse(parsed.value) : undefined
  const job = body?.success && body.data.msg_id !== undefined ? state.masses.get(body.data.msg_id) : undefined
  if (job === undefined || !body?.success) return wxError(40059, 'invalid msg id')
  return { job, articleIdx: body.data.article_idx }
}

/** SENDING → SEND_SUCCESS | SEND_FAIL after the configured gets or time; msg_data_id or an unknown id → 40059. */
function getStatus(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = checkAccessToken(state, request)
  if (denied) return denied
  const found = jobOf(state, request)
  if (!('job' in found)) return found
  const { job } = found
  job.gets += 1
  advanceMassJob(state, job)
  return { json: { msg_id: Number(job.msgId), msg_status: job.status } }
}

/** Only jobs that were sent successfully; article_idx 1-based, 0/absent deletes all (wechat.md §9.7). */
function deleteMass(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = checkAccessToken(state, request)
  if (denied) return denied
  const found = jobOf(state, request)
  if (!('job' in found)) return found
  const { job, articleIdx } = found
  if (job.status !== 'SEND_SUCCESS' && job.status !== 'DELETE') return wxError(40059, 'invalid msg id')
  if (articleIdx === undefined || articleIdx === 0) job.status = 'DELETE'
  state.ledger.record({ kind: 'mass-delete', data: { msg_id: job.msgId, article_idx: articleIdx ?? 0 }, at: state.clock.now() })
  return { committed: true, json: { errcode: 0, errmsg: 'ok' } }
}

export function wechatMassRoutes(state: WechatFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: '/cgi-bin/message/mass/sendall', handle: (request) => sendAll(state, request) },
    { method: 'POST', path: '/cgi-bin/message/mass/send', handle: (request) => sendToOpenIds(state, request) },
    { method: 'POST', path: '/cgi-bin/message/mass/preview', handle: (request) => preview(state, request) },
    { method: 'POST', path: '/cgi-bin/message/mass/get', handle: (request) => getStatus(state, request) },
    { method: 'POST', path: '/cgi-bin/message/mass/delete', handle: (request) => deleteMass(state, request) },
  ]
}
