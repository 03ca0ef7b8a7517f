import { WEIBO_SHARE_STARTED } from '../../lib/platforms'
import { assertUploadableImage } from '../core/assertUploadable'
import { parseCredentials } from '../core/credentials'
import { ContentRejectedError, OutcomeUnknownError, PublishError, ReauthRequiredError } from '../core/errors'
import { assertNoBlockingIssues } from '../core/issues'
import { createRemoteIdTracker } from '../core/remoteIds'
import type { AssetBytes, PublishContext, PublishOutcome, PublishRequest } from '../core/types'
import { weiboCredentialsSchema } from './accountSchemas'
import type { WeiboSettings } from './accountSchemas'
import type { WeiboClient } from './client'
import { WEIBO_DUPLICATE_CODES } from './errorTable'
import { WEIBO_LIMITS, WEIBO_PICTURE_TYPES } from './limits'
import { weiboRip } from './rip'
import { composeWeiboStatus } from './statusText'
import { validateWeiboRequest } from './validate'

/** Recorded when Weibo answered 20032: accepted without an id; never post again. */
export const WEIBO_ACCEPTED_WITHOUT_ID = 'accepted-20032'

const profileUrl = (uid: string | undefined): string => (uid ? `https://weibo.com/u/${uid}` : 'https://weibo.com/')

async function readPicture(request: PublishRequest<WeiboSettings>, ctx: PublishContext): Promise<AssetBytes | undefined> {
  const first = request.images[0]
  const picture = request.cover ?? (first === undefined ? undefined : await ctx.readImage(first.ref))
  if (picture !== undefined) {
    assertUploadableImage({
      platform: 'weibo',
      field: request.cover ? 'cover' : 'images',
      label: '微博配图',
      image: picture,
      types: WEIBO_PICTURE_TYPES,
      maxBytes: WEIBO_LIMITS.pictureBytes,
    })
  }
  return picture
}

/** One statuses/share; `post` (idstr) and `url` are recorded at once, so a resumed delivery never posts twice. */
export async function publishToWeibo(args: {
  request: PublishRequest<WeiboSettings>
  ctx: PublishContext
  client: WeiboClient
}): Promise<PublishOutcome> {
  const { request, ctx, client } = args
  const ids = createRemoteIdTracker(ctx)
  const credentials = parseCredentials({ schema: weiboCredentialsSchema, value: ctx.credentials, platform: 'weibo' })
  if (ids.get('post') !== undefined)
    return { state: 'published', url: ids.get('url') ?? profileUrl(credentials.uid), remoteIds: ids.snapshot() }
  assertNoBlockingIssues({ issues: validateWeiboRequest({ request }), platform: 'weibo' })
  const now = ctx.now?.() ?? Date.now()
  if (credentials.expiresAt !== undefined && credentials.expiresAt <= now) {
    throw new ReauthRequiredError({ message: '微博授权已过期，请重新授权该账号', platform: 'weibo' })
  }
  const picture = await readPicture(request, ctx)
  const status = composeWeiboStatus({ text: request.body, link: request.publicUrl })
  // validate() above guarantees one.
  const rip = weiboRip(request) ?? ''
  await ids.record({ key: WEIBO_SHARE_STARTED, value: new Date(now).toISOString() })
  let result
  try {
    result = await client.share({ accessToken: credentials.accessToken, status, rip, picture })
  } catch (error) {
    if (error instanceof ContentRejectedError && error.code !== undefined && WEIBO_DUPLICATE_CODES.has(error.code)) {
      return {
        state: 'manual',
        link: profileUrl(credentials.uid),
        remoteIds: ids.snapshot(),
        message: `微博提示内容重复（${error.code}），这条很可能已经发过了：请到账号主页核对，确认后把微博链接粘贴回来。不会改字重发。`,
      }
    }
    // Weibo answered, and no post was made: the start is withdrawn, so that the retry, interrupted before
    // its own call, is not taken for one that may have posted. Without an answer the start stays.
    if (error instanceof PublishError && !(error instanceof OutcomeUnknownError)) await ids.record({ key: WEIBO_SHARE_STARTED, value: '' })
    throw error
  }
  if (result.kind === 'accepted-later') {
    await ids.record({ key: 'post', value: WEIBO_ACCEPTED_WITHOUT_ID })
    return {
      state: 'published',
      url: profileUrl(credentials.uid),
      remoteIds: ids.snapshot(),
      note: '微博已受理（20032：服务器繁忙，1–2 分钟后可见），没有返回微博 id，请稍后在主页核对并补上链接',
    }
  }
  const uid = result.uid ?? credentials.uid
  await ids.record({ key: 'post', value: result.idstr })
  const url = uid ? `https://weibo.com/${uid}/${result.idstr}` : `https://m.weibo.cn/status/${result.idstr}`
  await ids.record({ key: 'url', value: url })
  return { state: 'published', url, remoteIds: ids.snapshot() }
}
