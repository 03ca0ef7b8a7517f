import { z } from 'zod'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { countCodePoints } from '../shared/sniff'
import { consumeQuota, wxError } from './replies'
import type { FakeDraftArticle, WechatFakeState } from './state'
import { checkAccessToken } from './tokens'

/** The official limits (wechat.md §2.3): the fake holds to the documented numbers. */
const LIMITS = { articles: 8, title: 32, author: 16, digest: 128, contentChars: 20_000, contentBytes: 1024 * 1024, sourceUrlBytes: 1024 }
const MMBIZ_IMG = /^https?:\/\/mmbiz\.qpic\.cn\//
const IMG_TAG = /<img\b[^>]*?\ssrc\s*=\s*["']([^"']*)["'][^>]*>/gi
const ESCAPED_NON_ASCII = /\\u(?!00[0-7][0-9a-fA-F])[0-9a-fA-F]{4}/

const articleSchema = z
  .object({
    article_type: z.enum(['news', 'newspic']).default('news'),
    title: z.string().min(1),
    author: z.string().optional(),
    digest: z.string().optional(),
    content: z.string().min(1),
    content_source_url: z.string().optional(),
    thumb_media_id: z.string().optional(),
    need_open_comment: z.union([z.literal(0), z.literal(1)]).default(0),
    only_fans_can_comment: z.union([z.literal(0), z.literal(1)]).default(0),
    pic_crop_235_1: z.string().optional(),
    pic_crop_1_1: z.string().optional(),
  })
  .passthrough()
type Article = z.infer<typeof articleSchema>

function validCrop(crop: string | undefined): boolean {
  if (crop === undefined) return true
  const parts = crop.split('_')
  return parts.length === 4 && parts.every((part) => /^\d+(\.\d{1,6})?$/.test(part) && Number(part) <= 1)
}

function checkArticle(state: WechatFakeState, article: Article): FakeReply | undefined {
  if (countCodePoints(article.title) > LIMITS.title) return wxError(45003, 'title size out of limit')
  if (article.author !== undefined && countCodePoints(article.author) > LIMITS.author) return wxError(45110, 'author size out of limit')
  if (article.digest !== undefined && countCodePoints(article.digest) > LIMITS.digest)
    return wxError(45004, 'description size out of limit')
  if (countCodePoints(article.content) >= LIMITS.contentChars || Buffer.byteLength(article.content) >= LIMITS.contentBytes) {
    return wxError(45002, 'content size out of limit')
  }
  const source = article.content_source_url
  if (source !== undefined && (Buffer.byteLength(source) > LIMITS.sourceUrlBytes || !/^https?:\/\//.test(source))) {
    return wxError(41039, 'invalid content_source_url')
  }
  const cover = article.thumb_media_id === undefined ? undefined : state.materials.get(article.thumb_media_id)
  if (article.article_type === 'news' && (cover === undefined || (cover.type !== 'image' && cover.type !== 'thumb'))) {
    return wxError(40007, 'invalid media_id')
  }
  if (article.need_open_comment === 1 && !state.config.commentPrivilege) return wxError(88000, 'without comment privilege')
  if (!validCrop(article.pic_crop_235_1) || !validCrop(article.pic_crop_1_1)) return wxError(40002, 'invalid argument pic_crop')
  return undefined
}

/** What the real server does silently: scripts removed, outside images filtered (wechat.md §5). */
function sanitize(content: string): { content: string; filteredImages: string[] } {
  const filteredImages: string[] = []
  const withoutScripts = content.replace(/<script\b[\s\S]*?<\/script>/gi, '')
  const cleaned = withoutScripts.replace(IMG_TAG, (tag, src: string) => {
    if (MMBIZ_IMG.test(src)) return tag
    filteredImages.push(src)
    return ''
  })
  return { content: cleaned, filteredImages }
}

async function addDraft(state: WechatFakeState, request: FakeRequest): Promise<FakeReply> {
  const denied = checkAccessToken(state, request) ?? consumeQuota(state, request)
  if (denied) return denied
  if (request.body.length === 0) return wxError(44002, 'empty post data')
  if (ESCAPED_NON_ASCII.test(request.body.toString('utf8')))
    return wxError(40033, 'invalid charset. please check your request, if include \\uxxxx will create fail!')
  const parsed = parseJsonBody(request.body)
  if (!parsed.ok) return wxError(47001, 'data format error')
  const raw = z.object({ articles: z.array(z.unknown()).min(1) }).safeParse(parsed.value)
  if (!raw.success) return wxError(44003, 'empty news data')
  if (raw.data.articles.length > LIMITS.articles) return wxError(45008, 'article size out of limit')
  const articles: FakeDraftArticle[] = []
  const filtered: string[] = []
  for (const item of raw.data.articles) {
    const article = articleSchema.safeParse(item)
    if (!article.success) return wxError(44003, 'empty news data')
    const refused = checkArticle(state, article.data)
    if (refused) return refused
    const { content, filteredImages } = sanitize(article.data.content)
    articles.push({ ...article.data, content })
    filtered.push(...filteredImages)
  }
  state.seq += 1
  const mediaId = `FAKE_DRAFT_${state.seq}`
  state.drafts.set(mediaId, { articles, inDraftBox: true, updatedAt: state.clock.now() })
  state.ledger.record({ kind: 'draft', data: { media_id: mediaId, articles, filteredImages: filtered }, at: state.clock.now() })
  return { committed: true, json: { media_id: mediaId } }
}

const mediaIdBody = (request: FakeRequest): string | undefined => {
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? z.object({ media_id: z.string() }).safeParse(parsed.value) : undefined
  return body?.success ? body.data.media_id : undefined
}

function getDraft(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = checkAccessToken(state, request) ?? consumeQuota(state, request)
  if (denied) return denied
  const draft = state.drafts.get(mediaIdBody(request) ?? '')
  if (draft === undefined || !draft.inDraftBox) return wxError(40007, 'invalid media_id')
  return {
    json: {
      news_item: draft.articles.map((article) => ({ ...article, show_cover_pic: 0, url: 'http://mp.weixin.qq.com/s?__biz=FAKE&tmp=1' })),
    },
  }
}

function deleteDraft(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = checkAccessToken(state, request) ?? consumeQuota(state, request)
  if (denied) return denied
  const draft = state.drafts.get(mediaIdBody(request) ?? '')
  if (draft) draft.inDraftBox = false
  return { committed: true, json: { errcode: 0, errmsg: 'ok' } }
}

function countDrafts(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = checkAccessToken(state, request) ?? consumeQuota(state, request)
  if (denied) return denied
  return { json: { total_count: [...state.drafts.values()].filter((draft) => draft.inDraftBox).length } }
}

export function wechatDraftRoutes(state: WechatFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: '/cgi-bin/draft/add', handle: (request) => addDraft(state, request) },
    { method: 'POST', path: '/cgi-bin/draft/get', handle: (request) => getDraft(state, request) },
    { method: 'POST', path: '/cgi-bin/draft/delete', handle: (request) => deleteDraft(state, request) },
    { method: 'GET', path: '/cgi-bin/draft/count', handle: (request) => countDrafts(state, request) },
  ]
}
