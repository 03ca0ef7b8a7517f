import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { isMultipart, parseFormBody } from '../shared/requestBody'
import { countCodePoints, sniffFormat } from '../shared/sniff'
import { weiboError } from './replies'
import type { WeiboFakeState } from './state'

const URLS = /https?:\/\/[^\s\u3000，。！？]+/g
const HOUR_MS = 3_600_000

/** The fake's reading of the 140 rule (UNCERTAIN on the real service): links count as a 20-character t.cn link. */
function weiboLength(text: string): number {
  return countCodePoints(text.replace(URLS, 'x'.repeat(20)))
}

function linksToSecureDomain(state: WeiboFakeState, text: string): boolean {
  return (text.match(URLS) ?? []).some((link) => {
    try {
      const host = new URL(link).hostname
      return state.config.secureDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))
    } catch {
      return false
    }
  })
}

function statusJson(state: WeiboFakeState, args: { id: bigint; text: string; pic?: boolean }): string {
  const pics = args.pic
    ? `,"thumbnail_pic":"https://wx1.sinaimg.cn/thumbnail/FAKEPID${args.id}.jpg","bmiddle_pic":"https://wx1.sinaimg.cn/bmiddle/FAKEPID${args.id}.jpg","original_pic":"https://wx1.sinaimg.cn/large/FAKEPID${args.id}.jpg"`
    : ''
  const text = JSON.stringify(args.text.replace(URLS, 'http://t.cn/FAKE'))
  const user = JSON.stringify({ id: Number(state.config.uid), idstr: state.config.uid, screen_name: state.config.screenName })
  return (
    `{"created_at":${JSON.stringify(new Date(state.clock.now()).toUTCString())},"id":${args.id},"idstr":"${args.id}","mid":"${args.id}",` +
    `"text":${text},"source":"<a href=\\"https://app.example.com\\" rel=\\"nofollow\\">FakeApp</a>","favorited":false,"truncated":false${pics},` +
    `"reposts_count":0,"comments_count":0,"attitudes_count":0,"user":${user}}`
  )
}

/** statuses/share.json with every documented rule (weibo.md §2.1, §5); commits a post to the ledger. */
async function share(state: WeiboFakeState, request: FakeRequest): Promise<FakeReply> {
  const fail = (code: number, error: string) => weiboError({ path: '/2/statuses/share.json', code, error })
  const { fields, files } = await parseFormBody(request)
  const now = state.clock.now()
  const token = state.tokens.get(fields.get('access_token') ?? request.query.get('access_token') ?? '')
  if (token === undefined) return fail(21332, 'invalid_access_token')
  if (token.expiresAt <= now) return fail(21327, 'expired_token')
  const rip = fields.get('rip')
  if (!rip) return fail(10016, 'Miss required parameter (rip) , see doc for more info.')
  const text = fields.get('status') ?? ''
  if (text.trim() === '') return fail(20008, 'Content is null!')
  if (/#[^#\s][^#]*#/.test(text)) return fail(10017, "Parameter (status)'s value invalid, topics are not allowed")
  if (weiboLength(text) > 140) return fail(20012, 'Text too long, please input text less than 140 characters!')
  if (!linksToSecureDomain(state, text)) return fail(10017, "Parameter (status)'s value invalid, expect a link of the app's secure domain")
  const pic = files.get('pic')
  if (isMultipart(request.headers) && pic === undefined) return fail(20007, 'Does multipart has image?')
  const format = pic === undefined ? undefined : sniffFormat(pic.bytes)
  if (pic !== undefined && (format === undefined || !['jpeg', 'gif', 'png'].includes(format))) {
    return fail(20005, 'Unsupported image type, only suport JPG, GIF, PNG!')
  }
  if (pic !== undefined && pic.bytes.length >= state.config.maxPicBytes) return fail(20006, 'Image size too large.')
  state.postTimes = state.postTimes.filter((at) => now - at < HOUR_MS)
  if (state.postTimes.length >= state.config.postsPerHour) return fail(10024, 'User requests for /2/statuses/share out of rate limit!')
  if (state.lastText === text) return fail(20019, 'repeat content!')
  if (state.config.bannedWords.some((word) => text.includes(word))) return fail(20021, 'Content is illegal!')
  const id = state.nextStatusId
  state.nextStatusId += 1n
  state.postTimes.push(now)
  state.lastText = text
  state.ledger.record({
    kind: 'post',
    data: {
      idstr: String(id),
      text,
      rip,
      uid: token.uid,
      pic: pic === undefined ? null : { bytes: pic.bytes.length, format, filename: pic.filename },
    },
    at: now,
  })
  return { committed: true, rawJson: statusJson(state, { id, text, pic: pic !== undefined }) }
}

export function weiboShareRoutes(state: WeiboFakeState): FakeRoute[] {
  return [{ method: 'POST', path: '/2/statuses/share.json', handle: (request) => share(state, request) }]
}
