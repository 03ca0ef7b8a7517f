import { createHash, randomBytes } from 'node:crypto'
import type { BytedanceOauthClient } from '../core/bytedance/client'
import { PublishError } from '../core/errors'
import type { TokenProvider } from '../core/tokens/tokenProvider'
import type { StoredToken } from '../core/tokens/tokenStore'
import type { AssetRef, AwaitingOperatorOutcome, HandoffMedia, HandoffPackage, PublishContext, PublishRequest } from '../core/types'
import { douyinAppCredentialsSchema } from './accountSchemas'
import { douyinCaption, imagesOf, topicsOf } from './caption'

/** Pure: `signature` = MD5 of `nonce_str=…&ticket=…&timestamp=…` (douyin.md §6; CONFIRMED-2nd only). */
export function douyinShareSignature(args: { nonce: string; ticket: string; timestamp: number }): string {
  return createHash('md5').update(`nonce_str=${args.nonce}&ticket=${args.ticket}&timestamp=${args.timestamp}`).digest('hex')
}

const publicUrl = (ref: AssetRef): string | undefined => (ref.kind === 'url' && /^https:\/\//.test(ref.url) ? ref.url : undefined)

/**
 * Pure: the `snssdk1128://openplatform/share?...` schema that opens Douyin's publish page (douyin.md §6).
 * The media paths must be public https URLs; media without one are left out of the link.
 */
export function buildDouyinShareSchema(args: {
  clientKey: string
  ticket: string
  nonce: string
  timestamp: number
  title: string
  topics: readonly string[]
  media: readonly HandoffMedia[]
}): string {
  const params = new URLSearchParams({
    share_type: 'h5',
    client_key: args.clientKey,
    nonce_str: args.nonce,
    timestamp: String(args.timestamp),
    signature: douyinShareSignature(args),
  })
  if (args.title !== '') params.set('title', args.title)
  if (args.topics.length > 0) params.set('hashtag_list', JSON.stringify(args.topics))
  const urls = args.media.map((item) => publicUrl(item.ref))
  const video = args.media.find((item) => item.kind === 'video')
  if (video !== undefined) {
    const url = publicUrl(video.ref)
    if (url !== undefined) {
      params.set('video_path', url)
      // Straight to the publish page: single video only (Douyin ≥ Android 20.8.0 / iOS 21.5.0).
      params.set('share_to_publish', '1')
    }
  } else if (urls.length === 1 && urls[0] !== undefined) {
    params.set('image_path', urls[0])
  } else if (urls.length > 1 && urls.every((url) => url !== undefined)) {
    // UNCERTAIN: H5 is documented for one image; image_list_path is named beside it.
    params.set('image_list_path', JSON.stringify(urls))
  }
  return `snssdk1128://openplatform/share?${params.toString()}`
}

/** The share ticket, cached for the app (about 2 hours, one for every account of the app). */
async function shareTicket(args: {
  tokens: TokenProvider
  clientKey: string
  oauth: Pick<BytedanceOauthClient, 'clientToken'>
  fetchTicket: (clientToken: string) => Promise<StoredToken>
}): Promise<string> {
  const clientToken = await args.tokens.get({ key: `douyin:client:${args.clientKey}`, fetch: () => args.oauth.clientToken() })
  const ticket = await args.tokens.get({ key: `douyin:ticket:${args.clientKey}`, fetch: () => args.fetchTicket(clientToken.value) })
  return ticket.value
}

function mediaOf(request: PublishRequest<unknown>): HandoffMedia[] {
  if (request.video !== undefined) {
    const { ref, filename, contentType, byteLength } = request.video
    return [{ kind: 'video', position: 1, ref, filename, contentType, byteLength }]
  }
  return imagesOf(request).map((image, index) => ({ kind: 'image', position: index + 1, ...image }))
}

/**
 * Douyin without server publishing (settings.serverPublishing false, the default): a package for a person
 * with the phone, and the signed share schema that opens Douyin's publish page (douyin.md §6). The user
 * always finishes in the Douyin app; the delivery waits for the post's link. A schema that cannot be
 * made (no app keys, media without a public https address, the ticket refused) leaves the package
 * without it, and the checklist says so: the operator saves the files and picks them in Douyin.
 */
export async function douyinShareHandoff(args: {
  request: PublishRequest<unknown>
  ctx: PublishContext
  makeOauth: (app: { clientKey: string; clientSecret: string }) => Pick<BytedanceOauthClient, 'clientToken'>
  fetchTicket: (args: { clientToken: string }) => Promise<StoredToken>
}): Promise<AwaitingOperatorOutcome> {
  const { request, ctx } = args
  const media = mediaOf(request)
  const topics = topicsOf(request)
  const caption = douyinCaption(request)
  const isVideo = request.video !== undefined
  const cover: HandoffMedia | undefined =
    isVideo && request.cover?.ref !== undefined
      ? { kind: 'image', position: 1, ref: request.cover.ref, filename: request.cover.filename, contentType: request.cover.contentType }
      : undefined

  let openUrl: string | undefined
  let missingLink: string | undefined
  const app = douyinAppCredentialsSchema.safeParse(ctx.credentials)
  if (!app.success) {
    missingLink = '账号没有填写抖音应用的 Client Key 和 Client Secret，无法生成「在抖音中打开」链接'
  } else if (!media.every((item) => publicUrl(item.ref) !== undefined)) {
    // The share needs the media at public https addresses (douyin.md §6); ours are behind the sign-in.
    missingLink = '素材没有公网 https 地址，无法生成「在抖音中打开」链接'
  } else {
    try {
      const ticket = await shareTicket({
        tokens: ctx.tokens,
        clientKey: app.data.clientKey,
        oauth: args.makeOauth(app.data),
        fetchTicket: (clientToken) => args.fetchTicket({ clientToken }),
      })
      const now = ctx.now?.() ?? Date.now()
      openUrl = buildDouyinShareSchema({
        clientKey: app.data.clientKey,
        ticket,
        nonce: randomBytes(8).toString('hex'),
        timestamp: Math.floor(now / 1000),
        title: [request.title.trim(), request.body.trim()].filter((part) => part !== '').join('\n'),
        topics,
        media,
      })
    } catch (error) {
      if (!(error instanceof PublishError)) throw error
      ctx.logger.warn({ deliveryId: request.deliveryId, code: error.code, error: error.message }, 'douyin share schema not made')
      missingLink = `抖音分享链接没有生成（${error.message}）`
    }
  }

  const what = isVideo ? '视频' : `${media.length} 张图片`
  const checklist = [
    `把${what}保存到手机（按顺序）`,
    openUrl ? '在手机上打开「在抖音中打开」链接，确认素材后进入发布页' : `打开抖音 App，点「+」选择刚保存的${what}`,
    '粘贴文案（标题、简介和话题已排好）并检查话题',
    ...(cover ? ['在抖音里把封面换成包里的封面图'] : []),
    '发布后复制作品链接，粘贴回这里标记为已发布',
    ...(missingLink ? [`注意：${missingLink}`] : []),
  ]
  const handoff: HandoffPackage = {
    platform: 'douyin',
    title: request.title,
    body: caption,
    topics,
    media,
    ...(cover ? { cover } : {}),
    checklist,
    ...(openUrl ? { openUrl } : {}),
  }
  ctx.logger.info({ deliveryId: request.deliveryId, media: media.length, openUrl: openUrl !== undefined }, 'douyin share hand-off prepared')
  return {
    state: 'awaiting_operator',
    message: '该抖音账号没有开通服务器直接发布：发布包已准备好，请运营在手机上打开抖音确认发布，然后把作品链接粘贴回来。',
    handoff,
    remoteIds: ctx.remoteIds,
  }
}
