import { Buffer } from 'node:buffer'
import { decodeHtmlAttribute, findImageSources } from '../core/imageSources'
import type { AssistedPackage, PublishRequest } from '../core/types'

/** Toutiao strips links and rejects iframes and scripts (toutiao.md §4): unwrap `<a>`, drop the rest. */
export function cleanHtmlForToutiao(html: string): string {
  return html
    .replace(/<(script|iframe|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?a\b[^>]*>/gi, '')
    .replace(/\sdata-[\w-]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
}

/** Readable text for a copy button: block ends become line breaks, tags dropped, entities decoded. */
export function htmlToPlainText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|section|h[1-6]|li|blockquote|pre|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
  return decodeHtmlAttribute(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Everything an operator needs to publish by hand in the Toutiao back office. Pure. */
export function prepareAssistedPackage(args: { request: PublishRequest<unknown>; backOfficeUrl: string }): AssistedPackage {
  const { request, backOfficeUrl } = args
  const html = cleanHtmlForToutiao(request.body)
  const used = new Set(findImageSources(html))
  const images = request.images.filter((image) => used.has(image.src))
  const { cover } = request
  const otherTitles = request.otherTitles ?? []
  return {
    title: request.title,
    digest: request.digest,
    html,
    plainText: htmlToPlainText(html),
    images,
    cover:
      cover === undefined
        ? undefined
        : {
            filename: cover.filename,
            contentType: cover.contentType,
            byteLength: cover.bytes.length,
            base64: Buffer.from(cover.bytes).toString('base64'),
          },
    backOfficeUrl,
    ...(otherTitles.length > 0 ? { otherTitles } : {}),
    steps: [
      '打开头条号后台的「发布文章」页面（见链接）',
      '复制标题粘贴到标题栏（2–30 字）',
      ...(otherTitles.length > 0
        ? [
            `可选：开启「双标题」，填入备选标题${otherTitles.map((t) => `「${t}」`).join('')}（头条自行分流比较，这部分数据不分标题，不计入本系统的标题测试）`,
          ]
        : []),
      images.length > 0
        ? `复制正文粘贴到编辑器，并把正文中的 ${images.length} 张图片逐张重新上传（外部图片会让整篇被拒，错误 7115）`
        : '复制正文粘贴到编辑器',
      cover === undefined ? '选择封面（可选）' : '上传已按头条规则准备好的封面图',
      '提交发布；审核通过后，把文章链接粘贴回本系统并标记为已发布',
    ],
  }
}
