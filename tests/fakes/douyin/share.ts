import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { clientCallerProblem } from './access'
import { openReply } from './replies'
import type { DouyinFakeState } from './state'
import { DOUYIN_PATHS } from './upload'

const TICKET_TTL_SECONDS = 7200

/** `GET /open/getticket/` with a client token (§6); the response's field names are UNCERTAIN (§10 takes `ticket`, `expires_in`). */
function getTicket(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const denied = clientCallerProblem(state, request)
  if (denied) return denied
  const ticket = `@${randomBytes(9).toString('base64url')}==`
  const now = state.clock.now()
  state.tickets.set(ticket, { expiresAt: now + TICKET_TTL_SECONDS * 1000 })
  state.ledger.record({ kind: 'getticket', data: { ticket }, at: now })
  return openReply(state, { data: { ticket, expires_in: TICKET_TTL_SECONDS } })
}

export function douyinShareRoutes(state: DouyinFakeState): FakeRoute[] {
  return [{ method: 'GET', path: DOUYIN_PATHS.getTicket, handle: (request) => getTicket(state, request) }]
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex')

const isPublicHttps = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  } catch {
    return false
  }
}

/**
 * What the Douyin app would check of an H5 share schema (§6): the signature over a live ticket (MD5 of
 * `nonce_str=…&ticket=…&timestamp=…`, CONFIRMED-2nd), exactly one media path as a public https URL,
 * `share_to_publish` only for a single video, `hashtag_list` a JSON array of strings.
 */
export function checkDouyinShareSchema(state: DouyinFakeState, schema: string): string[] {
  let url: URL
  try {
    url = new URL(schema)
  } catch {
    return ['not a URL']
  }
  const problems: string[] = []
  const query = url.searchParams
  if (url.protocol !== 'snssdk1128:' || url.host !== 'openplatform' || url.pathname !== '/share')
    problems.push('not snssdk1128://openplatform/share')
  if (query.get('share_type') !== 'h5') problems.push('share_type must be h5')
  if (query.get('client_key') !== state.config.clientKey) problems.push('client_key is not the app’s')
  const nonce = query.get('nonce_str') ?? ''
  const timestamp = query.get('timestamp') ?? ''
  if (!nonce || !/^\d+$/.test(timestamp)) problems.push('nonce_str and timestamp (seconds) are required')
  const now = state.clock.now()
  const signed = [...state.tickets].some(
    ([ticket, grant]) =>
      grant.expiresAt > now && md5(`nonce_str=${nonce}&ticket=${ticket}&timestamp=${timestamp}`) === query.get('signature'),
  )
  if (!signed) problems.push('signature does not match a live ticket')
  const media = ['video_path', 'image_path', 'image_list_path'].filter((key) => query.has(key))
  if (media.length !== 1) problems.push('exactly one of video_path, image_path, image_list_path')
  for (const key of media) {
    const value = query.get(key) ?? ''
    const paths = key === 'image_list_path' ? z.array(z.string()).safeParse(safeJson(value)) : { success: true as const, data: [value] }
    if (!paths.success || paths.data.length === 0 || !paths.data.every(isPublicHttps)) problems.push(`${key} must be public https URLs`)
  }
  if (query.get('share_to_publish') === '1' && !query.has('video_path')) problems.push('share_to_publish is for a single video only')
  const hashtags = query.get('hashtag_list')
  if (hashtags !== null && !z.array(z.string()).safeParse(safeJson(hashtags)).success) problems.push('hashtag_list must be a JSON array')
  return problems
}

function safeJson(text: string): unknown {
  const parsed = parseJsonBody(Buffer.from(text, 'utf8'))
  return parsed.ok ? parsed.value : undefined
}

const checkSchema = z.object({ schema: z.string() })

/** `POST /__share/check {schema}` → `{ok, problems}`: whether the Douyin app would open this share. */
export function douyinShareControlRoutes(state: DouyinFakeState): FakeRoute[] {
  return [
    {
      method: 'POST',
      path: '/__share/check',
      handle: (request) => {
        const parsed = parseJsonBody(request.body)
        const body = parsed.ok ? checkSchema.safeParse(parsed.value) : undefined
        if (!body?.success) return { status: 400, json: { error: 'body must be {schema}' } }
        const problems = checkDouyinShareSchema(state, body.data.schema)
        return { json: { ok: problems.length === 0, problems } }
      },
    },
  ]
}
