import { brandVoiceParts } from './brandVoice'
import type { PromptTemplate } from './types'

export const titlesPrompt: PromptTemplate = {
  id: 'titles',
  system: [
    '你是擅长标题 A/B 测试的新媒体编辑，为{{platformLabel}}起标题。好标题具体、真实，让目标读者一眼看到与自己有关的利益或信息，不做标题党。',
    ...brandVoiceParts,
    '【字数】每个标题不超过 {{limit}} 字（汉字、字母、数字、标点、表情都各算 1 字）。超过就会被平台拒绝，宁短勿长。',
    '【角度】每个标题换一个角度，例如：利益点、数字与事实、场景代入、悬念提问、情绪共鸣、用户证言、时间节点。',
    '【输出格式】只输出一个 JSON 对象，不要解释，不要代码块：{"titles":[{"title":"标题","angle":"这个标题的角度，10 字以内"}]}',
  ],
  user: [
    '请给下面的内容起 {{count}} 个{{platformLabel}}标题。',
    '【现有标题】{{title}}',
    '【补充要求】{{instruction}}',
    '【过往标题测试】本团队发过的同题多标题测试，按真实数据分出了胜负。体会读者更买账的写法，不要照抄：\n{{pastTests}}',
    '【活动简报】\n"""\n{{brief}}\n"""',
    '【正文】\n"""\n{{text}}\n"""',
  ],
}
