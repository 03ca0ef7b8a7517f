import { assertUploadableImage } from '../core/assertUploadable'
import { PublishError } from '../core/errors'
import { findImageSources, replaceImageSources } from '../core/imageSources'
import { assertNoBlockingIssues } from '../core/issues'
import { createRemoteIdTracker, runStepOnce } from '../core/remoteIds'
import type { RemoteIdTracker } from '../core/remoteIds'
import type { PublishContext, PublishOutcome, PublishRequest } from '../core/types'
import type { WechatSettings } from './accountSchemas'
import { buildDraftArticle } from './buildDraftArticle'
import type { WechatClient } from './client'
import { WECHAT_BACK_OFFICE_URL } from './config'
import { WECHAT_MANUAL_PUBLISH_CODES } from './errorTable'
import { isWechatHostedImage, WECHAT_BODY_IMAGE_TYPES, WECHAT_COVER_TYPES, WECHAT_LIMITS } from './limits'
import { wechatPollDelayMs } from './pollDelay'
import { validateWechatRequest } from './validate'

type Step = { request: PublishRequest<WechatSettings>; ctx: PublishContext; client: WechatClient; ids: RemoteIdTracker }

/** Body images → mmbiz URLs, each uploaded once per delivery (`image:<src>`). */
async function uploadBodyImages({ request, ctx, client, ids }: Step): Promise<Map<string, string>> {
  const used = new Set(findImageSources(request.body))
  const urls = new Map<string, string>()
  for (const image of request.images) {
    if (!used.has(image.src) || urls.has(image.src) || isWechatHostedImage(image.src)) continue
    const url = await runStepOnce({
      ids,
      key: `image:${image.src}`,
      run: async () => {
        const bytes = await ctx.readImage(image.ref)
        assertUploadableImage({
          platform: 'wechat',
          field: 'images',
          label: `正文图片 ${image.src}（media/uploadimg）`,
          image: bytes,
          types: WECHAT_BODY_IMAGE_TYPES,
          maxBytes: WECHAT_LIMITS.imageBytes,
        })
        return client.uploadBodyImage(bytes)
      },
    })
    urls.set(image.src, url)
  }
  return urls
}

async function createDraft(step: Step): Promise<string> {
  const { request, client, ids } = step
  const urls = await uploadBodyImages(step)
  const content = replaceImageSources({ html: request.body, replace: (src) => urls.get(src) })
  const type = request.settings.coverMaterialType
  const thumbMediaId = await runStepOnce({
    ids,
    key: 'cover',
    run: async () => {
      const cover = request.cover
      if (cover === undefined) throw new Error('validate() guarantees a cover')
      assertUploadableImage({
        platform: 'wechat',
        field: 'cover',
        label: `封面（${type} 素材）`,
        image: cover,
        types: WECHAT_COVER_TYPES[type],
        maxBytes: WECHAT_LIMITS.coverBytes[type],
      })
      return client.addCoverMaterial({ image: cover, type })
    },
  })
  return runStepOnce({ ids, key: 'draft', run: () => client.addDraft(buildDraftArticle({ request, content, thumbMediaId })) })
}

/**
 * images → cover → draft/add → freepublish/submit, resuming from recorded ids; returns `processing`
 * (poll with checkStatus) or `manual` when the account may only create drafts (48001 and kin).
 */
export async function publishToWechat(args: {
  request: PublishRequest<WechatSettings>
  ctx: PublishContext
  client: WechatClient
}): Promise<PublishOutcome> {
  const { request, ctx, client } = args
  const ids = createRemoteIdTracker(ctx)
  const knownUrl = ids.get('url')
  if (knownUrl !== undefined) return { state: 'published', url: knownUrl, remoteIds: ids.snapshot() }
  if (ids.get('publish') === undefined) {
    assertNoBlockingIssues({ issues: validateWechatRequest({ request }), platform: 'wechat' })
    const step: Step = { request, ctx, client, ids }
    const draftMediaId = ids.get('draft') ?? (await createDraft(step))
    try {
      await runStepOnce({ ids, key: 'publish', run: () => client.submitPublish(draftMediaId) })
    } catch (error) {
      if (error instanceof PublishError && error.code !== undefined && WECHAT_MANUAL_PUBLISH_CODES.has(error.code)) {
        ctx.logger.info({ code: error.code, draft: draftMediaId }, 'wechat draft needs a manual publish')
        return {
          state: 'manual',
          link: WECHAT_BACK_OFFICE_URL,
          remoteIds: ids.snapshot(),
          message:
            `草稿已创建，但该公众号不能通过接口发表（${error.message}）。请登录公众号后台，` +
            `在「内容管理 → 草稿箱」找到《${request.title}》手动发表，发表后把文章链接粘贴回来。`,
        }
      }
      throw error
    }
  }
  return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: wechatPollDelayMs(0) }
}
