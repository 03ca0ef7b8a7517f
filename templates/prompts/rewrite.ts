import { PLATFORM_PROFILES, type PlatformId, XIAOHONGSHU_MEDIA } from '../../lib/platforms'
import { brandVoiceParts } from './brandVoice'
import type { PromptTemplate } from './types'

export const rewritePrompt: PromptTemplate = {
  id: 'rewrite',
  system: [
    '你是熟悉各平台内容风格的新媒体编辑，把同一篇文章改写成适合另一个平台的版本。事实、数据、时间和价格保持不变，只改结构、语气和篇幅。',
    ...brandVoiceParts,
    '【目标平台】{{platformNote}}',
    '【篇幅】不超过 {{limit}} 字。',
    '【输出格式】{{outputFormat}} 只输出改写后的内容，不要解释，不要用代码块包裹。',
  ],
  user: [
    '请把下面的文章改写成{{platformLabel}}版本。',
    '【原标题】{{title}}',
    '【补充要求】{{instruction}}',
    '【原文】\n"""\n{{text}}\n"""',
  ],
}

/** What a rewrite for each platform should look like (`{{outputFormat}}`). */
export const rewriteOutputFormats: Readonly<Record<PlatformId, string>> = {
  wechat: `用 Markdown：第一行“# 标题”（不超过 ${PLATFORM_PROFILES.wechat.text.title.max} 字），正文用“## 小标题”分段。`,
  toutiao: `用 Markdown：第一行“# 标题”（${PLATFORM_PROFILES.toutiao.text.title.min}–${PLATFORM_PROFILES.toutiao.text.title.max} 字），正文段落简短，不放任何链接。`,
  weibo: '纯文本的一条微博，带 1–2 个 #话题#，以“[原文链接]”结尾，不写网址。',
  douyin: `纯文本，不用其他 Markdown 格式：第一行“# 标题”（不超过 ${PLATFORM_PROFILES.douyin.text.title.max} 字，一句话说出看点），空一行后写口播文案，一句一行、口语化；最后一行写 3–5 个话题，每个写成“#话题”，用空格隔开。`,
  xiaohongshu: `纯文本，不用其他 Markdown 格式：第一行“# 标题”（不超过 ${PLATFORM_PROFILES.xiaohongshu.text.title.max} 字，可带表情符号），空一行后写种草笔记正文，短段落、多分行；最后一行写话题，每个写成“#话题”，用空格隔开，不超过 ${XIAOHONGSHU_MEDIA.topics} 个。`,
  channels: `纯文本，不用其他 Markdown 格式：第一行“# 标题”（不超过 ${PLATFORM_PROFILES.channels.text.title.max} 字），空一行后写两三句视频描述；最后一行写 2–4 个话题，每个写成“#话题”，用空格隔开。`,
}
