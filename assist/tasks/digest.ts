import { promptTemplates } from '../../templates/prompts'
import type { LengthLimit } from '../lengthLimit'
import { unwrapModelText } from '../modelText'
import { extractDigest } from '../offline/extractDigest'
import { WECHAT_DIGEST_LIMIT, stricterLimit } from '../platformLimits'
import { markdownBlocks } from '../text/stripMarkdown'
import type { AssistInput } from '../types'
import type { TaskDefinition } from './taskDefinition'

function digestLimit(input: AssistInput): LengthLimit {
  return {
    max: stricterLimit({ platformLimit: WECHAT_DIGEST_LIMIT, maxLength: input.maxLength }),
    measure: 'characters',
    label: '摘要',
    overflow: 'cut',
  }
}

/** A digest within WeChat's 128: the model's, flattened to plain text and cut at a sentence end if long; offline by extraction. */
export const digestTask: TaskDefinition = {
  task: 'digest',
  prompt: promptTemplates.digest,
  format: 'text',
  missingInput: (input) => (input.text ? null : '写摘要需要正文（text）。'),
  variables: (input) => ({ limit: digestLimit(input).max }),
  parse({ raw, input }) {
    const text = markdownBlocks(unwrapModelText(raw))
      .map((block) => block.text)
      .join('')
    if (!text) return { ok: false, problem: '输出为空。' }
    return { ok: true, drafts: [{ text, limit: digestLimit(input) }] }
  },
  offline(input) {
    const limit = digestLimit(input)
    const digest = extractDigest({ markdown: input.text ?? '', title: input.title, max: limit.max })
    if (!digest.text) return []
    return [{ text: digest.text, limit, meta: { method: 'extraction', sentences: digest.sentences.length } }]
  },
}
