import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'
import { boundFindings } from './boundFindings'
import { findingRows } from './findingRows'
import { currentMatcher } from './lexiconSource'
import { readJsonWithin } from './readJsonWithin'

const MAX_SCAN_CHARS = 200_000
// Room for MAX_SCAN_CHARS of Chinese (3 bytes each in UTF-8) and the JSON around it, and no more.
const MAX_BODY_BYTES = 1024 * 1024
const TOO_LONG = `文本过长：一次最多检查 ${MAX_SCAN_CHARS.toLocaleString('zh-CN')} 个字符，请分段检查。`
const TOO_LARGE = '提交检查的内容过大：一次最多 1 MB（约 20 万字），请分段检查。'
const body = z.object({ text: z.string().max(MAX_SCAN_CHARS, TOO_LONG) })

/**
 * POST /api/compliance/scan { text } → { findings, lexiconVersion }, for any logged-in user. The
 * findings are one row per word (count, first offsets), bounded like the stored ones.
 */
export const scanEndpoint: Endpoint = {
  path: '/compliance/scan',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录。', 401, null, true)
    const read = await readJsonWithin({ request: req, maxBytes: MAX_BODY_BYTES })
    if (!read.ok && read.reason === 'too_large') {
      // The rest of the body is never read: close the connection rather than leave it half-read for the next request.
      return Response.json({ errors: [{ message: TOO_LARGE }] }, { status: 413, headers: { connection: 'close' } })
    }
    const parsed = body.safeParse(read.ok ? read.value : null)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]?.message
      throw new APIError(issue === TOO_LONG ? TOO_LONG : '请求格式应为 { "text": "要检查的文字" }。', 400, null, true)
    }
    const matcher = await currentMatcher(req.payload)
    const findings = boundFindings({ rows: findingRows({ text: parsed.data.text, findings: matcher.scan(parsed.data.text) }) })
    return Response.json({ findings, lexiconVersion: matcher.version })
  },
}
