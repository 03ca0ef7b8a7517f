import { finishSuggestion } from './finishSuggestion'
import { generateDrafts } from './generateDrafts'
import type { GeneratedDrafts } from './generateDrafts'
import { offlineResult } from './offline/offlineResult'
import { prepareTask } from './prepareTask'
import type { PreparedTask } from './prepareTask'
import { toAssistError } from './toAssistError'
import type { AssistResult, AssistTaskArgs, ScanText } from './types'

/** Suggestions from the model's drafts, each checked (limits, banned phrases, sensitive words). */
export function resultOf(args: { prepared: PreparedTask; generated: GeneratedDrafts; scan: ScanText; model: string }): AssistResult {
  const { generated, prepared } = args
  return {
    suggestions: generated.drafts.map((draft) =>
      finishSuggestion({ draft, scan: args.scan, styleGuide: prepared.input.styleGuide, extraIssues: generated.issues }),
    ),
    issues: [],
    usage: generated.usage ? { ...generated.usage, model: args.model } : null,
    offline: false,
  }
}

/** A checked task answered whole: the model's suggestions without streaming, or the offline fallback. */
export async function answerWhole(args: { prepared: PreparedTask; scan: ScanText; signal?: AbortSignal }): Promise<AssistResult> {
  const { prepared } = args
  if (prepared.model === null) return offlineResult({ definition: prepared.definition, input: prepared.input, scan: args.scan })
  const { client, name } = prepared.model
  const drafts = generateDrafts({
    definition: prepared.definition,
    input: prepared.input,
    client,
    model: name,
    stream: false,
    signal: args.signal,
  })
  let step = await drafts.next()
  while (!step.done) step = await drafts.next()
  return resultOf({ prepared, generated: step.value, scan: args.scan, model: name })
}

/**
 * Runs one assist task to the end and answers its suggestions, or, without an API key, the offline
 * fallback. Throws an AssistError (Chinese message, `code`, `httpStatus`) when nothing can be suggested:
 * invalid input, a model output that stayed invalid after one repair, an upstream failure after the
 * SDK's retries, or an abort.
 */
export async function runAssistTask(args: AssistTaskArgs): Promise<AssistResult> {
  const prepared = await prepareTask(args)
  try {
    return await answerWhole({ prepared, scan: args.scan, signal: args.signal })
  } catch (error) {
    throw await toAssistError({ error, signal: args.signal })
  }
}
