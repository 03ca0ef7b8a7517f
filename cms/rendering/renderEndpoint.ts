import { APIError, type Endpoint } from 'payload'
import { env } from '../../lib/env'
import { PLATFORMS, type PlatformId } from '../../lib/platforms'
import { renderForPlatform } from '../../templates'
import { renderInputFor } from './renderInputFor'

/** GET /api/{articles|videos|posters}/:id/render?platform=wechat|toutiao|weibo[&draft=true] */
export function renderEndpoint(collection: 'articles' | 'videos' | 'posters'): Endpoint {
  return {
    path: '/:id/render',
    method: 'get',
    handler: async (req) => {
      const platform = String(req.searchParams.get('platform') ?? '')
      if (!PLATFORMS.includes(platform as PlatformId)) {
        throw new APIError(`platform 必须是 ${PLATFORMS.join(' | ')} 之一。`, 400, null, true)
      }
      const draft = req.searchParams.get('draft') === 'true' && Boolean(req.user)
      const doc = await req.payload.findByID({
        collection, id: String(req.routeParams?.id ?? ''), depth: 1, draft, overrideAccess: false, user: req.user, req, disableErrors: true,
      })
      if (!doc) throw new APIError('找不到这条内容，或你没有查看权限。', 404, null, true)
      const input = renderInputFor({ collection, doc: doc as Record<string, unknown>, platform: platform as PlatformId, serverUrl: env.serverUrl })
      const { title, digest, body, format, images, issues } = renderForPlatform({ platform: platform as PlatformId, input })
      return Response.json({ title, digest, body, format, images, issues })
    },
  }
}
