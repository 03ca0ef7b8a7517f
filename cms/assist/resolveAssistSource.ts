import { APIError, type PayloadRequest } from 'payload'
import type { StyleGuide } from '../../assist'
import { relationId } from '../review/contentSnapshot'

type Source = { text?: string; title?: string; brief?: string; styleGuide?: StyleGuide }
const EDITABLE_BY: Record<string, string[]> = { articles: ['admin', 'editor', 'copywriter'], posters: ['admin', 'editor', 'designer'], videos: ['admin', 'editor', 'designer'] }

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [])
const guideOf = (doc: Record<string, unknown> | null | undefined): StyleGuide | null => {
  const guide = (doc?.styleGuide ?? doc) as Record<string, unknown> | null | undefined
  const result = { do: list(guide?.do), dont: list(guide?.dont), bannedPhrases: list(guide?.bannedPhrases) }
  return result.do.length + result.dont.length + result.bannedPhrases.length > 0 ? result : null
}

/**
 * What the assist works from: a document the user may edit (its text, title, campaign brief and
 * style guide) or plain text; the campaign's style guide wins over the team's brand voice.
 */
export async function resolveAssistSource(args: { req: PayloadRequest; doc?: { relationTo: string; value: string | number } }): Promise<Source> {
  const { req } = args
  const brand = guideOf((await req.payload.findGlobal({ slug: 'brand-voice', depth: 0, overrideAccess: true })) as Record<string, unknown>)
  if (!args.doc) return { styleGuide: brand ?? undefined }
  const { relationTo, value } = args.doc
  if (!EDITABLE_BY[relationTo]?.includes(String(req.user?.role))) throw new APIError('你没有编辑这类内容的权限，不能对它使用 AI 辅助。', 403, null, true)
  const doc = (await req.payload.findByID({ collection: relationTo as 'articles', id: value, depth: 0, draft: true, overrideAccess: false, user: req.user, req, disableErrors: true })) as Record<string, unknown> | null
  if (!doc) throw new APIError('找不到这条内容，或你没有查看权限。', 404, null, true)
  const campaignId = relationId(doc.campaign)
  const campaign = campaignId !== null ? ((await req.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, req, disableErrors: true })) as Record<string, unknown> | null) : null
  const text = [doc.body, doc.description, doc.copy].find((t): t is string => typeof t === 'string' && t.trim() !== '')
  return { text, title: typeof doc.title === 'string' ? doc.title : undefined, brief: typeof campaign?.brief === 'string' ? campaign.brief : undefined, styleGuide: guideOf(campaign) ?? brand ?? undefined }
}
