import { CHANNELS_MEDIA, DOUYIN_MEDIA, PLATFORM_PROFILES, type PlatformId, XIAOHONGSHU_MEDIA } from '../../lib/platforms'

/**
 * The brand voice and compliance rules that open every system prompt. `{{do}}`, `{{dont}}` and
 * `{{bannedPhrases}}` come from the campaign's (or the global) style guide; without one, the parts that
 * need it drop out and the compliance rules still apply.
 */
export const brandVoiceParts: readonly string[] = [
  '【合规要求（必须遵守）】\n' +
    '- 遵守《广告法》：不用“最”“第一”“唯一”“国家级”“顶级”“极致”等绝对化用语。\n' +
    '- 不夸大、不虚构：价格、时间、材质、产地、数据只用素材里给出的；素材没有的写成【待补充：说明】，不要编造。\n' +
    '- 不承诺疗效、收益或回报，不写“稳赚”“保本”“零风险”“包治”等说法。\n' +
    '- 不出现政治、色情、暴力、歧视和其他平台敏感内容。',
  '【品牌语气：要这样写】{{do}}',
  '【品牌语气：不要这样写】{{dont}}',
  '【禁用说法（一律不得出现，也不要换个说法变相出现）】{{bannedPhrases}}',
]

/** How each platform reads, for tasks that write for a platform. */
export const platformNotes: Readonly<Record<PlatformId, string>> = {
  wechat:
    '微信公众号：深度阅读，手机竖屏。开头三行交代读者能得到什么；用小标题分段，每段不超过 3 行；结尾自然引导行动（如“点击阅读原文”），不要硬广堆砌。正文不能放外部链接。',
  toutiao: `头条号：信息流推荐，读者靠标题和开头决定是否读下去。标题 ${PLATFORM_PROFILES.toutiao.text.title.min}–${PLATFORM_PROFILES.toutiao.text.title.max} 字、说清具体信息；正文平实、干货在前、少用营销腔和表情符号；外部链接会被去掉，不要依赖链接。`,
  weibo: `微博：短平快，${PLATFORM_PROFILES.weibo.text.body.max} 字以内，一条只讲一件事；可以用【】开头点题，带 1–2 个 #话题#；结尾放“[原文链接]”占位，不要写其他网址。`,
  douyin: `抖音：短视频口播和文案。标题一句话抛出看点，不超过 ${PLATFORM_PROFILES.douyin.text.title.max} 字；文案口语化、节奏快，开头 3 秒就要抓人（提问、反差或直接给结果），一句一行，少用书面长句；结尾引导评论或关注；话题写成 #话题，3–5 个，不超过 ${DOUYIN_MEDIA.topics} 个；不放任何网址和站外引流信息。`,
  xiaohongshu: `小红书：种草笔记口吻，像朋友分享真实体验。标题不超过 ${PLATFORM_PROFILES.xiaohongshu.text.title.max} 字，可带 1–2 个表情符号，点出具体收获（如“通勤穿搭｜158 小个子也能穿出高级感”）；正文 ${PLATFORM_PROFILES.xiaohongshu.text.body.max} 字以内，短段落、多分行，可用表情符号做小标题或列表；写具体的使用感受和细节，不要硬广腔；结尾放 #话题，不超过 ${XIAOHONGSHU_MEDIA.topics} 个；不写网址、微信号、电话等站外引流信息。`,
  channels: `视频号：微信生态里的短视频，观众多是朋友圈和公众号的熟人。标题不超过 ${PLATFORM_PROFILES.channels.text.title.max} 字，平实可信、说清看点；视频描述两三句交代内容和亮点，语气亲切不浮夸，可引导转发给朋友或关注公众号；话题写成 #话题，2–4 个，不超过 ${CHANNELS_MEDIA.topics} 个；不放外部网址。`,
}
