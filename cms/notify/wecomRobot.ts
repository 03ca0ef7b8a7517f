import { z } from 'zod'

/** The robot answers `{"errcode":0,"errmsg":"ok"}`; any other errcode (93000 invalid key, 45009 rate limit…) is a failure. */
const replySchema = z.object({ errcode: z.number(), errmsg: z.string().optional() })

/**
 * Posts one markdown message to a 企业微信 group robot webhook, in the robot's documented format
 * `{"msgtype":"markdown","markdown":{"content":"…"}}`. Throws on a network error, a timeout, an HTTP
 * error or an errcode other than 0.
 */
export async function postToWecomRobot(args: { webhookUrl: string; content: string; timeoutMs: number }): Promise<void> {
  const response = await fetch(args.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ msgtype: 'markdown', markdown: { content: args.content } }),
    signal: AbortSignal.timeout(args.timeoutMs),
  })
  if (!response.ok) throw new Error(`企业微信机器人回复 HTTP ${response.status}`)
  const reply = replySchema.safeParse(await response.json().catch(() => null))
  if (!reply.success) throw new Error('企业微信机器人的回复不是预期的格式')
  if (reply.data.errcode !== 0) throw new Error(`企业微信机器人回复 errcode ${reply.data.errcode}：${reply.data.errmsg ?? ''}`)
}
