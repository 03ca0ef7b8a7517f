import { z } from 'zod'
import { defineEndpoint } from '../http/defineEndpoint'
import { boundFindings } from './boundFindings'
import { findingRows } from './findingRows'
import { currentMatcher } from './lexiconSource'

const MAX_SCAN_CHARS = 200_000
// Room for MAX_SCAN_CHARS of Chinese (3 bytes each in UTF-8) and the JSON around it, and no more.
const MAX_BODY_BYTES = 1024 * 1024
const TOO_LONG = `文本过长：一次最多检查 ${MAX_SCAN_CHARS.toLocaleString('zh-CN')} 个字符，请分段检查。`
const TOO_LARGE = '提交检查的内容过大：一次最多 1 MB（约 20 万字），请分段检查。'
const SHAPE = '请求格式应为 { "text": "要检查的文字" }。'
// `campaign`: the id of the item's campaign, whose banned phrasings apply too.
const body = z.object({ text: z.string().max(MAX_SCAN_CHARS, TOO_LONG), campaign: z.union([z.string(), z.number()]).nullish() })

/**
 * POST /api/compliance/scan { text, campaign? } → { findings, lexiconVersion }, for any logged-in user. The
 * findings are one row per word (count, first offsets), bounded like the stored ones.
 */
export const scanEndpoint = defineEndpoint({
  path: '/compliance/scan',
  method: 'post',
  roles: 'signed-in',
  body,
  bodyLimit: { bytes: MAX_BODY_BYTES, refusal: TOO_LARGE },
  invalidBody: (issues) => (issues[0]?.message === TOO_LONG ? TOO_LONG : SHAPE),
  handler: async ({ req, body: { text, campaign } }) => {
    const matcher = await currentMatcher(req.payload, { campaign })
    const findings = boundFindings({ rows: findingRows({ text, findings: matcher.scan(text) }) })
    return Response.json({ findings, lexiconVersion: matcher.version })
  },
})
