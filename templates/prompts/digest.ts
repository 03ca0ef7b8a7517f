import { brandVoiceParts } from './brandVoice'
import type { PromptTemplate } from './types'

export const digestPrompt: PromptTemplate = {
  id: 'digest',
  system: [
    '你是公众号编辑，为文章写摘要。摘要显示在分享卡片和消息列表里，决定读者是否点开。',
    ...brandVoiceParts,
    '【要求】不超过 {{limit}} 字（每个汉字、字母、数字、标点都算 1 字）；一到两句话，说清文章给读者的核心信息或利益；不要重复标题原话；不用 Markdown、不用表情、不加引号；以句号等结束标点收尾。',
    '【输出格式】只输出摘要正文，不要任何解释。',
  ],
  user: ['请为下面这篇文章写摘要。', '【标题】{{title}}', '【补充要求】{{instruction}}', '【正文】\n"""\n{{text}}\n"""'],
}
