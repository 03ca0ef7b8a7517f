import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'
import {
  AssistError,
  type AssistTaskArgs,
  assistInputSchema,
  assistTaskSchema,
  runAssistTask,
  STREAMING_TASKS,
  streamAssistTask,
} from '../../assist'
import { currentMatcher } from '../compliance/lexiconSource'
import { CONTENT_SLUGS } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { assistConfig } from './assistConfig'
import { recordUsage } from './recordUsage'
import { pastTitleTests } from './pastTitleTests'
import { resolveAssistSource } from './resolveAssistSource'

const params = z.object({
  task: z.enum(assistTaskSchema.options, {
    errorMap: () => ({ message: `没有这个 AI 任务：可用的是 ${assistTaskSchema.options.join('、')}。` }),
  }),
})
// The brand voice and past title tests come from the CMS, never from the caller.
const body = assistInputSchema.omit({ styleGuide: true, pastTitleTests: true }).extend({
  doc: z.object({ relationTo: z.enum(CONTENT_SLUGS), value: z.union([z.string(), z.number()]) }).optional(),
})

/**
 * POST /api/assist/{draft|titles|digest|weibo|rewrite|polish|poster}: suggestions (text, findings,
 * issues) and usage as JSON, or as server-sent events when the request accepts text/event-stream.
 * Nothing is written to the document: the user inserts a suggestion with a click.
 */
export const assistEndpoint = defineEndpoint({
  path: '/assist/:task',
  method: 'post',
  roles: 'signed-in',
  params,
  body,
  invalidBody: (issues) => `请求格式不对：${issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`,
  handler: async ({ req, params: { task }, body: { doc, ...options } }) => {
    const source = await resolveAssistSource({ req, doc })
    const matcher = await currentMatcher(req.payload)
    // The titles task learns from the team's decided title tests (过往标题测试).
    const past = task === 'titles' ? await pastTitleTests({ payload: req.payload, req }) : []
    const controller = new AbortController()
    const args: AssistTaskArgs = {
      task,
      input: { ...source, ...options, text: options.text ?? source.text, ...(past.length > 0 ? { pastTitleTests: past } : {}) },
      config: assistConfig(),
      scan: (text) => matcher.scan(text),
      signal: controller.signal,
    }
    if ((req.headers.get('accept') ?? '').includes('text/event-stream') && STREAMING_TASKS.includes(task))
      return streamed({ req, args, controller })
    try {
      const result = await runAssistTask(args)
      await recordUsage({ req, task, result })
      return Response.json(result)
    } catch (error) {
      if (error instanceof AssistError) throw new APIError(error.message, error.httpStatus, null, true)
      throw error
    }
  },
})

function streamed(args: { req: PayloadRequest; args: AssistTaskArgs; controller: AbortController }): Response {
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(out) {
      const send = (event: string, data: unknown) => out.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`))
      try {
        for await (const event of streamAssistTask(args.args)) {
          if (event.type === 'delta') send('delta', { text: event.text })
          else if (event.type === 'done') {
            send('done', event.result)
            await recordUsage({ req: args.req, task: args.args.task, result: event.result })
          } else send('error', { code: event.code, message: event.message })
        }
      } catch (error) {
        if (!args.controller.signal.aborted) send('error', { message: error instanceof Error ? error.message : String(error) })
      } finally {
        if (!args.controller.signal.aborted) out.close()
      }
    },
    // The panel was closed (the client went away): stop the model's request too.
    cancel() {
      args.controller.abort()
    },
  })
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' },
  })
}
