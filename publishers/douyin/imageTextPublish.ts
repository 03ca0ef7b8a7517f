import { parseCredentials } from '../core/credentials'
import { assertNoBlockingIssues } from '../core/issues'
import { createRemoteIdTracker, runStepOnce } from '../core/remoteIds'
import type { PublishContext, PublishOutcome, PublishRequest } from '../core/types'
import { douyinCredentialsSchema } from './accountSchemas'
import type { DouyinCredentials, DouyinSettings } from './accountSchemas'
import { douyinCaption, imagesOf } from './caption'
import type { DouyinUserClient } from './client'
import { douyinPollAfterMs } from './status'
import { validateDouyinImageText } from './validate'

/**
 * 图集 (douyin.md §3.4): upload_image for each picture (`image:<n>`), then `images` (all ids, in order),
 * then create_image_text (`item`). No idempotency key exists: an interrupted create is left to a person
 * (the profile gives this route no replay rule).
 */
export async function publishDouyinImageText(args: {
  request: PublishRequest<DouyinSettings>
  ctx: PublishContext
  makeClient: (credentials: DouyinCredentials) => DouyinUserClient
}): Promise<PublishOutcome> {
  const { request, ctx } = args
  const ids = createRemoteIdTracker(ctx)
  if (ids.get('item')) return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: douyinPollAfterMs(0) }
  assertNoBlockingIssues({ issues: validateDouyinImageText({ request }), platform: 'douyin' })
  const credentials = parseCredentials({ schema: douyinCredentialsSchema, value: ctx.credentials, platform: 'douyin' })
  const client = args.makeClient(credentials)
  let imageIds = ids.get('images')?.split(',')
  if (!imageIds) {
    imageIds = []
    for (const [index, image] of imagesOf(request).entries()) {
      const id = await runStepOnce({
        ids,
        key: `image:${index + 1}`,
        // A poster is its own image: the cover bytes as media/ prepared them; a note's images are read.
        run: async () => client.uploadImage(request.images.length === 0 && request.cover ? request.cover : await ctx.readImage(image.ref)),
      })
      imageIds.push(id)
    }
    await ids.record({ key: 'images', value: imageIds.join(',') })
  }
  const ready = imageIds
  await runStepOnce({ ids, key: 'item', run: () => client.createImageText({ imageIds: ready, text: douyinCaption(request) }) })
  return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: douyinPollAfterMs(0) }
}
