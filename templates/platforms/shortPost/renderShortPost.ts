import { droppedImagesIssue } from '../../common/commonIssues'
import { resolveCover } from '../../common/resolveCover'
import { isSvgUrl } from '../../html/isSvgUrl'
import { isSafeImageSrc } from '../../markdown/isSafeUrl'
import { parseMarkdown } from '../../markdown/markdownParser'
import { collapseWhitespace, countCharacters } from '../../text/countText'
import { deriveDigest } from '../../text/deriveDigest'
import { markdownPlainText } from '../../text/markdownPlainText'
import type { GalleryImage, RenderedImage, RenderInput, RenderIssue, RenderResult } from '../../types'
import type { ShortPostRules } from './shortPostRules'
import { topicLine, topicsOf } from './topicLine'

/** Length of the digest shown in previews and lists (nothing sends it). */
const PREVIEW_DIGEST_LENGTH = 54

function galleryImages(args: { gallery: readonly GalleryImage[]; rules: ShortPostRules }): {
  images: RenderedImage[]
  issues: RenderIssue[]
} {
  const { rules } = args
  const usable = args.gallery.filter((image) => isSafeImageSrc(image.src) && !isSvgUrl(image.src))
  const issues: RenderIssue[] = []
  if (usable.length < args.gallery.length) {
    issues.push(droppedImagesIssue({ count: args.gallery.length - usable.length, platformLabel: rules.label }))
  }
  if (rules.images.max === 0 && usable.length > 0) {
    return {
      images: [],
      issues: [
        ...issues,
        {
          code: 'images-not-sent',
          severity: 'warning',
          actual: usable.length,
          message: `${rules.label}发布时不带图片，这 ${usable.length} 张图片不会发出。`,
        },
      ],
    }
  }
  if (usable.length > rules.images.max) {
    issues.push({
      code: 'images-too-many',
      severity: 'error',
      limit: rules.images.max,
      actual: usable.length,
      message: `图片 ${usable.length} 张，超过${rules.label}上限 ${rules.images.max} 张。`,
    })
  }
  return { images: usable.map((image) => ({ ...image, role: 'body' })), issues }
}

function lengthIssues(args: { title: string; body: string; topics: number; rules: ShortPostRules }): RenderIssue[] {
  const { rules } = args
  const issues: RenderIssue[] = []
  const titleLength = countCharacters(args.title)
  if (titleLength > rules.title.max) {
    issues.push({
      code: 'title-too-long',
      severity: 'error',
      limit: rules.title.max,
      actual: titleLength,
      message: `标题 ${titleLength} 字，超过${rules.label}上限 ${rules.title.max} 字。`,
    })
  }
  const bodyLength = countCharacters(args.body)
  if (bodyLength > rules.body.max) {
    issues.push({
      code: 'body-too-long',
      severity: 'error',
      limit: rules.body.max,
      actual: bodyLength,
      message: `${rules.bodyName}（含话题）${bodyLength} 字，超过${rules.label}上限 ${rules.body.max} 字。`,
    })
  }
  if (args.topics > rules.topics.max) {
    issues.push({
      code: 'topics-too-many',
      severity: 'error',
      limit: rules.topics.max,
      actual: args.topics,
      message: `话题 ${args.topics} 个，超过${rules.label}上限 ${rules.topics.max} 个。`,
    })
  }
  return issues
}

/**
 * A caption or note as the platform shows it: plain text (no markup, no HTML) with the item's topics
 * as a last line of `#话题`, the title beside it, the cover and the item's pictures in order. Nothing is
 * cut: every limit the platform would refuse is an error naming it.
 */
export function renderShortPost(args: { input: RenderInput; rules: ShortPostRules }): RenderResult {
  const { input, rules } = args
  const tokens = parseMarkdown(input.markdown)
  const title = collapseWhitespace(input.title)
  const { text, droppedImages } = markdownPlainText(tokens)
  const topics = topicsOf(input.hashtags ?? [])
  const body = [text, topicLine(topics)].filter((part) => part !== '').join('\n\n')

  const { cover, issues } = resolveCover({ coverUrl: input.coverUrl, title })
  const gallery = galleryImages({ gallery: input.gallery ?? [], rules })
  issues.push(...lengthIssues({ title, body, topics: topics.length, rules }), ...gallery.issues)
  if (droppedImages > 0) {
    issues.push({
      code: 'inline-images-dropped',
      severity: 'warning',
      actual: droppedImages,
      message: `${rules.label}的${rules.bodyName}只有文字：其中的 ${droppedImages} 张图片不会随文字发出。`,
    })
  }
  return {
    title,
    digest: deriveDigest({ digest: input.digest, tokens, length: PREVIEW_DIGEST_LENGTH }),
    body,
    format: 'text',
    images: cover ? [cover, ...gallery.images] : gallery.images,
    issues,
  }
}
