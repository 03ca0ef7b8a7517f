import { generateDrafts } from './generateDrafts'
import { prepareTask } from './prepareTask'
import { answerWhole, resultOf } from './runAssistTask'
import { toAssistError } from './toAssistError'
import { STREAMING_TASKS } from './types'
import type { AssistStreamEvent, AssistTaskArgs } from './types'

/**
 * Runs a task as events for a server-sent-events response: `delta` pieces of the model's text as they
 * arrive (draft, rewrite, polish, weibo, digest), then `done` with the checked result (its text may differ
 * from the deltas: trimmed to a limit, cleaned), or one `error`. Tasks that answer JSON (titles, poster)
 * and the offline fallback give `done` only. Aborting `signal`, or leaving the loop early, aborts the
 * upstream HTTP request.
 */
export async function* streamAssistTask(args: AssistTaskArgs): AsyncGenerator<AssistStreamEvent, void, undefined> {
  const upstream = new AbortController()
  const abortUpstream = (): void => upstream.abort()
  args.signal?.addEventListener('abort', abortUpstream, { once: true })
  if (args.signal?.aborted) upstream.abort()
  try {
    const prepared = await prepareTask(args)
    const model = prepared.model
    if (model === null || !STREAMING_TASKS.includes(prepared.definition.task)) {
      yield { type: 'done', result: await answerWhole({ prepared, scan: args.scan, signal: upstream.signal }) }
      return
    }
    const drafts = generateDrafts({
      definition: prepared.definition,
      input: prepared.input,
      client: model.client,
      model: model.name,
      stream: true,
      signal: upstream.signal,
    })
    let step = await drafts.next()
    while (!step.done) {
      yield { type: 'delta', text: step.value }
      step = await drafts.next()
    }
    yield { type: 'done', result: resultOf({ prepared, generated: step.value, scan: args.scan, model: model.name }) }
  } catch (error) {
    const failure = await toAssistError({ error, signal: upstream.signal })
    yield { type: 'error', code: failure.code, message: failure.message }
  } finally {
    args.signal?.removeEventListener('abort', abortUpstream)
    upstream.abort()
  }
}
