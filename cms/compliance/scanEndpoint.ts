import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'
import { currentMatcher } from './lexiconSource'

const MAX_SCAN_CHARS = 200_000
const body = z.object({ text: z.string().max(MAX_SCAN_CHARS, `文本过长：一次最多检查 ${MAX_SCAN_CHARS.toLocaleString('zh-CN')} 个字符`) })

/** POST /api/compliance/scan { text } → { findings }, for any logged-in user. */
export const scanEndpoint: Endpoint = {
  path: '/compliance/scan',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录。', 401, null, true)
    const parsed = body.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) throw new APIError(parsed.error.issues[0]?.message.startsWith('文本') ? parsed.error.issues[0].message : '请求格式应为 { "text": "要检查的文字" }。', 400, null, true)
    const matcher = await currentMatcher(req.payload)
    return Response.json({ findings: matcher.scan(parsed.data.text), lexiconVersion: matcher.version })
  },
}
