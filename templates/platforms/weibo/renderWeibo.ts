import { resolveCover } from '../../common/resolveCover'
import { isSvgUrl } from '../../html/isSvgUrl'
import { imageSources } from '../../markdown/imageSources'
import { isAbsoluteHttpUrl } from '../../markdown/isSafeUrl'
import { parseMarkdown } from '../../markdown/markdownParser'
import { collapseWhitespace } from '../../text/countText'
import { paragraphText } from '../../text/paragraphText'
import type { RenderedImage, RenderInput, RenderIssue, RenderResult } from '../../types'
import { composeWeiboStatus } from './composeWeiboStatus'

function pictureOf(args: { cover: RenderedImage | null; bodyImages: { src: string; alt: string }[] }): {
  picture: RenderedImage | null
  issues: RenderIssue[]
} {
  if (args.cover) return { picture: args.cover, issues: [] }
  const first = args.bodyImages.find((image) => !isSvgUrl(image.src))
  if (first) {
    return {
      picture: { ...first, role: 'body' },
      issues: [{ code: 'cover-missing', severity: 'warning', message: '未设置封面：微博配图将使用正文第一张图片。' }],
    }
  }
  return {
    picture: null,
    issues: [{ code: 'cover-missing', severity: 'warning', message: '未设置封面，正文也没有图片：微博将不带配图发布。' }],
  }
}

function publicLink(publicUrl: string | null | undefined): { url: string | null; issues: RenderIssue[] } {
  const url = publicUrl?.trim()
  if (!url) {
    return {
      url: null,
      issues: [
        {
          code: 'public-url-missing',
          severity: 'error',
          message: '缺少文章公开页链接：微博 statuses/share 要求正文包含至少一个本应用安全域名下的链接。',
        },
      ],
    }
  }
  if (!isAbsoluteHttpUrl(url) || /\s/.test(url)) {
    return {
      url: null,
      issues: [{ code: 'public-url-invalid', severity: 'error', message: '文章公开页链接无效：须为完整的 http(s) 地址。' }],
    }
  }
  return { url, issues: [] }
}

/** A Weibo status: plain text within 140 (as we count it) with the public link, and one picture. */
export function renderWeibo(input: RenderInput): RenderResult {
  const tokens = parseMarkdown(input.markdown)
  const title = collapseWhitespace(input.title)
  const givenDigest = collapseWhitespace(input.digest ?? '')
  const link = publicLink(input.publicUrl)
  const status = composeWeiboStatus({
    title,
    excerpt: givenDigest || paragraphText(tokens),
    excerptIsEditorDigest: givenDigest !== '',
    hashtags: input.hashtags ?? [],
    publicUrl: link.url,
  })
  const { cover, issues: coverIssues } = resolveCover({ coverUrl: input.coverUrl, title })
  const { picture, issues: pictureIssues } = pictureOf({ cover, bodyImages: imageSources(tokens) })
  return {
    title,
    digest: status.excerpt,
    body: status.text,
    format: 'text',
    images: picture ? [picture] : [],
    issues: [...link.issues, ...status.issues, ...coverIssues, ...(coverIssues.length > 0 ? [] : pictureIssues)],
  }
}
