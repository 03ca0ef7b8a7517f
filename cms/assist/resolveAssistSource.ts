import { APIError, type PayloadRequest } from 'payload'
import type { StyleGuide } from '../../assist'
import { type Role, roleOf } from '../access/roles'
import { type ContentDoc, type ContentSlug, isContentSlug, relationId } from '../content'
import type { BrandVoice } from '../payload-types'

type Source = { text?: string; title?: string; brief?: string; hashtags?: string[]; styleGuide?: StyleGuide }
const EDITABLE_BY: Record<ContentSlug, readonly Role[]> = {
  articles: ['admin', 'editor', 'copywriter'],
  posters: ['admin', 'editor', 'designer'],
  videos: ['admin', 'editor', 'designer', 'video_producer'],
  notes: ['admin', 'editor', 'copywriter', 'designer', 'operator'],
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []
/** The brand voice, or a campaign's style guide (the same three lists). */
const guideOf = (guide: Pick<BrandVoice, 'do' | 'dont' | 'bannedPhrases'> | null | undefined): StyleGuide | null => {
  const result = { do: list(guide?.do), dont: list(guide?.dont), bannedPhrases: list(guide?.bannedPhrases) }
  return result.do.length + result.dont.length + result.bannedPhrases.length > 0 ? result : null
}
/** The text the assist works on: an article's or a note's body, a video's description or a poster's copy. */
const textOf = (doc: ContentDoc): string | undefined =>
  ['body' in doc ? doc.body : null, 'description' in doc ? doc.description : null, 'copy' in doc ? doc.copy : null].find(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  )

/**
 * What the assist works from: a document the user may edit (its text, title, campaign brief and
 * style guide) or plain text; the campaign's style guide wins over the team's brand voice.
 */
export async function resolveAssistSource(args: {
  req: PayloadRequest
  doc?: { relationTo: string; value: string | number }
}): Promise<Source> {
  const { req } = args
  const brand = guideOf(await req.payload.findGlobal({ slug: 'brand-voice', depth: 0, overrideAccess: true }))
  if (!args.doc) return { styleGuide: brand ?? undefined }
  const { relationTo, value } = args.doc
  const role = roleOf(req.user)
  if (!isContentSlug(relationTo) || role === null || !EDITABLE_BY[relationTo].includes(role))
    throw new APIError('你没有编辑这类内容的权限，不能对它使用 AI 辅助。', 403, null, true)
  const doc = await req.payload.findByID({
    collection: relationTo,
    id: value,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!doc) throw new APIError('找不到这条内容，或你没有查看权限。', 404, null, true)
  const campaignId = relationId(doc.campaign)
  const campaign =
    campaignId !== null
      ? await req.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null
  // A draft may be saved without its required fields: the title is checked, not assumed.
  const title = typeof doc.title === 'string' ? doc.title : undefined
  // Weibo's 话题 on an article, the topics of a note or a video: the same thing to the assist.
  const hashtags = 'hashtags' in doc ? list(doc.hashtags) : 'topics' in doc ? list(doc.topics) : []
  return {
    text: textOf(doc),
    title,
    ...(hashtags.length > 0 ? { hashtags } : {}),
    brief: typeof campaign?.brief === 'string' ? campaign.brief : undefined,
    styleGuide: guideOf(campaign?.styleGuide) ?? brand ?? undefined,
  }
}
