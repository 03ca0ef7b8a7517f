import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'
import { env } from '../../lib/env'
import { PLATFORMS } from '../../lib/platforms'
import { renderForPlatform } from '../../templates'
import type { ContentSlug } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { renderInputFor } from './renderInputFor'

const platformParam = z.enum(PLATFORMS, { errorMap: () => ({ message: `platform 必须是 ${PLATFORMS.join(' | ')} 之一。` }) })

/** GET /api/{articles|videos|posters|notes}/:id/render?platform=<a platform id>[&draft=true] */
export function renderEndpoint(collection: ContentSlug): Endpoint {
  return defineEndpoint({
    path: '/:id/render',
    method: 'get',
    // The public site's previews too: what the reader may see is the collection's read access.
    roles: 'anyone',
    handler: async ({ req, user, params }) => {
      const platform = platformParam.safeParse(req.searchParams.get('platform') ?? '')
      if (!platform.success) throw new APIError(platform.error.issues[0]?.message ?? '', 400, null, true)
      const draft = req.searchParams.get('draft') === 'true' && user !== null
      const doc = await req.payload.findByID({
        collection,
        id: params.id,
        depth: 1,
        draft,
        overrideAccess: false,
        user,
        req,
        disableErrors: true,
      })
      if (!doc) throw new APIError('找不到这条内容，或你没有查看权限。', 404, null, true)
      const input = renderInputFor({ collection, doc, platform: platform.data, serverUrl: env.serverUrl })
      const { title, digest, body, format, images, issues } = renderForPlatform({ platform: platform.data, input })
      return Response.json({ title, digest, body, format, images, issues })
    },
  })
}
