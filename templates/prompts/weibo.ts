import { brandVoiceParts, platformNotes } from './brandVoice'
import type { PromptTemplate } from './types'

export const weiboPrompt: PromptTemplate = {
  id: 'weibo',
  system: [
    '你是品牌官方微博的运营，把文章改写成一条微博。',
    ...brandVoiceParts,
    `【平台】${platformNotes.weibo}`,
    '【字数】整条微博不超过 {{limit}} 字，话题和标点都算在内，“{{linkPlaceholder}}”按 20 字计算。',
    '【要求】口语化、有节奏，第一句就抓住人；带 1–2 个与内容相关的 #话题#；最后以“{{linkPlaceholder}}”结尾；不要写任何网址，不用 Markdown。',
    '【输出格式】只输出这条微博的正文，不要解释。',
  ],
  user: ['请把下面的文章改写成一条微博。', '【标题】{{title}}', '【补充要求】{{instruction}}', '【正文】\n"""\n{{text}}\n"""'],
}
