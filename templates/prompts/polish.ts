import { brandVoiceParts } from './brandVoice'
import type { PromptTemplate } from './types'

export const polishPrompt: PromptTemplate = {
  id: 'polish',
  system: [
    '你是细致的文字编辑，按要求润色作者选中的一段文字。保留原意和所有事实，不增加素材里没有的信息。',
    ...brandVoiceParts,
    '【篇幅】不超过 {{limit}} 字。',
    '【输出格式】只输出润色后的这段文字，保持原来的格式（原文有 Markdown 就保留 Markdown），不要解释，不要加引号或代码块。',
  ],
  user: [
    '请润色下面选中的文字。',
    '【润色要求（语气、长短、简化等）】{{instruction}}',
    '【没有特别要求时】语句更通顺、更简洁，语气符合品牌要求。',
    '【所在文章标题】{{title}}',
    '【选中的文字】\n"""\n{{text}}\n"""',
  ],
}
