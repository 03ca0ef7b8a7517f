import { assertUploadableImage } from '../core/assertUploadable'
import { findImageSources, replaceImageSources } from '../core/imageSources'
import { runStepOnce } from '../core/remoteIds'
import type { RemoteIdTracker } from '../core/remoteIds'
import type { PublishContext, PublishRequest } from '../core/types'
import type { WechatSettings } from './accountSchemas'
import { articlesOf, buildDraftArticle } from './buildDraftArticle'
import type { WechatArticleSource, WechatDraftArticle } from './buildDraftArticle'
import type { WechatClient } from './client'
import { isWechatHostedImage, WECHAT_BODY_IMAGE_TYPES, WECHAT_COVER_TYPES, WECHAT_LIMITS } from './limits'

export type DraftStep = { request: PublishRequest<WechatSettings>; ctx: PublishContext; client: WechatClient; ids: RemoteIdTracker }

/**
 * Remote-id keys of one article's uploads: the lead keeps the keys deliveries always had (`cover`,
 * `image:<src>`); article i ≥ 1 of a bundle prefixes them with `b<i>:` so two articles never share one.
 */
export function articleKey(index: number, key: string): string {
  return index === 0 ? key : `b${index}:${key}`
}

/** Body images → mmbiz URLs, each uploaded once per delivery and article. */
async function uploadBodyImages(step: DraftStep, article: WechatArticleSource, index: number): Promise<Map<string, string>> {
  const { ctx, client, ids } = step
  const used = new Set(findImageSources(article.body))
  const urls = new Map<string, string>()
  for (const image of article.images) {
    if (!used.has(image.src) || urls.has(image.src) || isWechatHostedImage(image.src)) continue
    const url = await runStepOnce({
      ids,
      key: articleKey(index, `image:${image.src}`),
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

async function uploadCover(step: DraftStep, article: WechatArticleSource, index: number): Promise<string> {
  const type = step.request.settings.coverMaterialType
  return runStepOnce({
    ids: step.ids,
    key: articleKey(index, 'cover'),
    run: async () => {
      const cover = article.cover
      if (cover === undefined) throw new Error('validate() guarantees a cover')
      assertUploadableImage({
        platform: 'wechat',
        field: 'cover',
        label: `封面（${type} 素材）`,
        image: cover,
        types: WECHAT_COVER_TYPES[type],
        maxBytes: WECHAT_LIMITS.coverBytes[type],
      })
      return step.client.addCoverMaterial({ image: cover, type })
    },
  })
}

/** Every article's images and cover, then ONE draft/add holding the lead and the bundle in order (`draft`). */
export async function createDraft(step: DraftStep): Promise<string> {
  const { request, client, ids } = step
  const articles = articlesOf(request)
  const drafted: WechatDraftArticle[] = []
  for (const [index, article] of articles.entries()) {
    const urls = await uploadBodyImages(step, article, index)
    const content = replaceImageSources({ html: article.body, replace: (src) => urls.get(src) })
    const thumbMediaId = await uploadCover(step, article, index)
    drafted.push(buildDraftArticle({ article, settings: request.settings, content, thumbMediaId, withDigest: articles.length === 1 }))
  }
  return runStepOnce({ ids, key: 'draft', run: () => client.addDraft(drafted) })
}
