import type { ScriptedReply } from './script'

const reply = (content: string): ScriptedReply => ({ content, finishReason: 'stop', chunkSize: 4, chunkDelayMs: 0 })

/** The material a prompt quotes between """ marks (the last such block), for replies that echo it. */
function quotedMaterial(text: string): string {
  const blocks = [...text.matchAll(/"""\n([\s\S]*?)\n"""/g)]
  return blocks.length > 0 ? blocks[blocks.length - 1][1].trim() : ''
}

/**
 * Plausible answers by task when no test scripted one, so that a demo pointed at the fake works end to
 * end. They are valid for their task's format and within its limits.
 */
export function defaultReply(args: { task: string | null; userText: string }): ScriptedReply {
  switch (args.task) {
    case 'draft':
    case 'rewrite':
      return reply(
        '# 会员日福利上新：这周六一起逛市集\n\n## 活动亮点\n\n本周六上午十点，会员日市集在园区中庭开放。现场有二十多家本地商家，新人首单立减二十元。\n\n## 参与方式\n\n在小程序领取会员日优惠券，到店出示核销码即可使用。\n\n点击阅读原文，提前领券。',
      )
    case 'titles':
      return reply(
        JSON.stringify({
          titles: [
            { title: '这周六会员日，市集福利一次领', angle: '利益点' },
            { title: '二十多家本地商家，周六中庭见', angle: '数字与事实' },
            { title: '周末不知道去哪？来会员日市集逛逛', angle: '场景代入' },
            { title: '新人首单立减二十元，周六生效', angle: '时间节点' },
            { title: '会员日市集开张，你最想逛哪一家', angle: '互动提问' },
          ],
        }),
      )
    case 'digest':
      return reply('本周六上午十点，会员日市集在园区中庭开放，二十多家本地商家到场，新人首单立减二十元。')
    case 'weibo':
      return reply('【会员日市集】本周六上午十点园区中庭见！二十多家本地商家到场，新人首单立减二十元。#会员日# [原文链接]')
    case 'polish':
      return reply(quotedMaterial(args.userText) || '这段文字已润色。')
    case 'poster':
      return reply(
        JSON.stringify({
          headline: '会员日市集',
          subheadline: '本周六 10:00 园区中庭',
          lines: ['二十多家本地商家', '新人首单立减二十元'],
          callToAction: '小程序领券',
        }),
      )
    default:
      return reply('这是本地模拟的 AI 回复。')
  }
}
