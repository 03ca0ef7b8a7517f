import { promptTemplates } from '../../templates/prompts'
import type { LengthLimit } from '../lengthLimit'
import { unwrapModelText } from '../modelText'
import type { AssistInput } from '../types'
import type { TaskDefinition } from './taskDefinition'

function polishLimit(input: AssistInput): LengthLimit | undefined {
  return input.maxLength === undefined ? undefined : { max: input.maxLength, measure: 'characters', label: '这段文字', overflow: 'cut' }
}

/** The selection polished (tone, length, simplify); offline, only fitting it to `maxLength` is possible. */
export const polishTask: TaskDefinition = {
  task: 'polish',
  prompt: promptTemplates.polish,
  format: 'text',
  missingInput: (input) => (input.text ? null : '润色需要选中的文字（text）。'),
  variables: (input) => ({ limit: input.maxLength }),
  parse({ raw, input }) {
    const text = unwrapModelText(raw)
    if (!text) return { ok: false, problem: '输出为空。' }
    return { ok: true, drafts: [{ text, limit: polishLimit(input) }] }
  },
  offline(input) {
    const limit = polishLimit(input)
    if (limit === undefined || !input.text) return null
    return [{ text: input.text.trim(), limit, meta: { method: 'fit-to-length' } }]
  },
}
