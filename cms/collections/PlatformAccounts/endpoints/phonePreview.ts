import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { PublishError, QuotaExceededError } from '../../../../publishers'
import { hasRole } from '../../../access/roles'
import { CONTENT_KIND, relationId } from '../../../content'
import { buildPublishRequest } from '../../../delivery/buildPublishRequest'
import { readSettings } from '../../../delivery/deliveryJson'
import { publishContext } from '../../../delivery/publishContext'
import { publishingRuntime } from '../../../delivery/publishingRuntime'
import { defineEndpoint } from '../../../http/defineEndpoint'
import type { Article, User } from '../../../payload-types'

const id = z.union([z.string().min(1), z.number()])
const body = z.object({
  content: z.object({ relationTo: z.literal('articles'), value: id }),
  bundle: z.array(id).max(7).optional(),
})

export const NO_WECHAT_ID = '请先在「用户 → 我的资料」填写微信号，并关注该公众号'

/** The latest saved version of an article (a draft included) for the preview, if the caller may preview it. */
async function previewable(args: { req: PayloadRequest; user: User; id: string | number }): Promise<Article> {
  // Who owns it is the document's say, not a version's.
  const main = await args.req.payload.findByID({
    collection: 'articles',
    id: args.id,
    depth: 0,
    overrideAccess: true,
    req: args.req,
    disableErrors: true,
  })
  if (!main) throw new APIError(`要预览的文章（ID ${args.id}）不存在。`, 404, null, true)
  const own = String(relationId(main.owner)) === String(args.user.id)
  if (!own && !hasRole(args.user, 'admin', 'editor'))
    throw new APIError(`《${main.title}》不是你的稿件：只有作者本人、编辑或管理员可以发送它的预览。`, 403, null, true)
  const doc = await args.req.payload.findByID({
    collection: 'articles',
    id: args.id,
    depth: 1,
    draft: true,
    overrideAccess: true,
    req: args.req,
    disableErrors: true,
  })
  if (!doc) throw new APIError(`要预览的文章（ID ${args.id}）不存在。`, 404, null, true)
  return doc
}

/**
 * POST /api/platform-accounts/:id/preview { content, bundle? }: sends the latest saved version of an
 * article (and the articles after it, in order) to the caller's own phone through the account's
 * publisher (WeChat: message/mass/preview to the WeChat ID on the caller's profile). Before approval
 * too: that is what a preview is for. Editors and admins for any article, an author for their own.
 * The platform's daily preview limit and its other refusals come back in its words.
 */
export const phonePreview = defineEndpoint({
  path: '/:id/preview',
  method: 'post',
  roles: 'signed-in',
  body,
  invalidBody: '请求格式应为 { "content": { "relationTo": "articles", "value": 文章ID }, "bundle": [次条文章ID, …] }。',
  handler: async ({ req, user, params, body }) => {
    const { payload } = req
    const account = await payload.findByID({
      collection: 'platform-accounts',
      id: params.id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!account) throw new APIError('账号不存在。', 404, null, true)
    const publisher = publishingRuntime().registry.find({ platform: account.platform, contentKind: CONTENT_KIND.articles })
    if (!publisher?.preview) throw new APIError(`「${account.name}」所在的平台不支持发送手机预览。`, 400, null, true)
    const lead = await previewable({ req, user, id: body.content.value })
    const bundle = []
    for (const member of body.bundle ?? []) bundle.push(await previewable({ req, user, id: member }))
    // The profile field is read for its owner only; the server reads it for the caller, never for anyone else.
    const self = await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, req })
    const recipient = (self.wechatId ?? '').trim()
    if (!recipient) throw new APIError(NO_WECHAT_ID, 400, null, true)
    const settings = readSettings(account.settings)
    const built = await buildPublishRequest({
      payload,
      deliveryId: `preview-${String(user.id)}`,
      collection: 'articles',
      content: lead,
      publisher,
      settings,
      bundle: bundle.map((doc) => ({ contentId: String(doc.id), version: doc })),
    })
    const ctx = await publishContext({
      payload,
      deliveryId: `preview-${String(user.id)}`,
      accountId: account.id,
      remoteIds: {},
      prepareBodyImage: built.readImageFor,
      signal: AbortSignal.timeout(60_000),
    })
    try {
      const sent = await publisher.preview({ request: built.request, ctx, recipient })
      return Response.json({ previewId: sent.previewId, message: `预览已发送到微信号 ${recipient}，请在手机上查看。` })
    } catch (error) {
      if (!(error instanceof PublishError)) throw error
      throw new APIError(error.message, error instanceof QuotaExceededError ? 429 : 400, null, true)
    }
  },
})
