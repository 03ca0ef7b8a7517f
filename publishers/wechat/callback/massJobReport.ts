import { z } from 'zod'
import type { SendJobReport } from '../../core/types'
import { innerXmlOf, textOfElement } from './flatXml'

/**
 * `Status` err(N) codes of MASSSENDJOBFINISH in Chinese (wechat.md §9.9). 40001/40002 (the API群发保护
 * confirmation refused or timed out) are not in wechat.md; they come from the old official table as the
 * SDKs copy it (UNCERTAIN), and an unknown code still reads as a failure with its number.
 */
const AUDIT_FAILURES: Readonly<Record<string, string>> = {
  '10001': '涉嫌广告',
  '20001': '涉嫌政治',
  '20002': '涉嫌色情',
  '20004': '涉嫌社会',
  '20006': '涉嫌违法犯罪',
  '20008': '涉嫌欺诈',
  '20013': '涉嫌版权',
  '21000': '涉嫌其他',
  '22000': '涉嫌互推（互相宣传）',
  '30001': '原创校验出现系统错误，且设置了「被判为转载就不群发」',
  '30002': '原创校验判定为不能群发',
  '30003': '原创校验判定为转载文，且设置了「被判为转载就不群发」',
  '40001': '管理员拒绝了这次群发（API 群发保护）',
  '40002': '管理员 30 分钟内没有确认这次群发（API 群发保护）',
}

const count = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number)
  .optional()

const massJobFinishSchema = z.object({
  ToUserName: z.string().min(1),
  FromUserName: z.string().optional(),
  CreateTime: z.string().regex(/^\d{1,12}$/),
  MsgType: z.literal('event'),
  Event: z.literal('MASSSENDJOBFINISH'),
  MsgID: z.string().regex(/^\d{1,20}$/),
  Status: z.string().min(1).max(64),
  TotalCount: count,
  FilterCount: count,
  SentCount: count,
  ErrorCount: count,
  articles: z.array(z.object({ index: z.number().int().min(1).max(64), url: z.string().regex(/^https?:\/\//) })).max(64),
  copyright: z.object({ count, checkState: z.string().optional() }).optional(),
})

/** `send success` → 群发成功, `send fail` → 群发失败, `err(N)` → 审核未通过 with the reason in words. */
export function massStatusText(status: string): { succeeded: boolean; text: string } {
  if (status === 'send success') return { succeeded: true, text: '群发成功' }
  if (status === 'send fail') return { succeeded: false, text: '群发失败' }
  const code = /^err\((\d+)\)$/.exec(status)?.[1]
  if (code !== undefined) {
    const reason = AUDIT_FAILURES[code] ?? '未登记的原因'
    return { succeeded: false, text: `群发未通过审核：${reason}（err(${code})）` }
  }
  return { succeeded: false, text: `群发结果不明（${status}），请到公众号后台「群发记录」核对` }
}

function articlesOf(xml: string): { index: number; url: string }[] {
  const result = innerXmlOf(xml, 'ArticleUrlResult')[0] ?? ''
  return innerXmlOf(result, 'item').map((item) => ({
    index: Number(textOfElement(item, 'ArticleIdx') ?? '0'),
    url: textOfElement(item, 'ArticleUrl') ?? '',
  }))
}

/** Reads a MASSSENDJOBFINISH event; undefined when the XML is not one or does not hold together. */
export function readMassJobFinish(xml: string): SendJobReport | undefined {
  const copyrightXml = innerXmlOf(xml, 'CopyrightCheckResult')[0]
  const field = (tag: string) => textOfElement(xml, tag)
  const parsed = massJobFinishSchema.safeParse({
    ToUserName: field('ToUserName'),
    FromUserName: field('FromUserName'),
    CreateTime: field('CreateTime'),
    MsgType: field('MsgType'),
    Event: field('Event'),
    MsgID: field('MsgID'),
    Status: field('Status'),
    TotalCount: field('TotalCount'),
    FilterCount: field('FilterCount'),
    SentCount: field('SentCount'),
    ErrorCount: field('ErrorCount'),
    articles: articlesOf(xml),
    copyright:
      copyrightXml === undefined
        ? undefined
        : { count: textOfElement(copyrightXml, 'Count'), checkState: textOfElement(copyrightXml, 'CheckState') },
  })
  if (!parsed.success) return undefined
  const event = parsed.data
  const { succeeded, text } = massStatusText(event.Status)
  const counts = { total: event.TotalCount, filtered: event.FilterCount, sent: event.SentCount, errors: event.ErrorCount }
  const reach =
    event.SentCount === undefined ? '' : `：${event.SentCount} 人收到${event.ErrorCount ? `，${event.ErrorCount} 人未收到` : ''}`
  const articleUrls: (string | undefined)[] = []
  for (const article of event.articles) articleUrls[article.index - 1] = article.url
  return {
    jobId: event.MsgID,
    succeeded,
    statusText: `${text}${succeeded ? reach : ''}`,
    articleUrls: Array.from({ length: articleUrls.length }, (_, index) => articleUrls[index]),
    counts,
    raw: { ...event, articles: event.articles.map((article) => ({ ...article })) },
  }
}
