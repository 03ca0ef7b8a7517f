import { droppedImagesIssue } from '../../common/commonIssues'
import { resolveCover } from '../../common/resolveCover'
import { createSemanticDialect } from '../../html/createSemanticDialect'
import { isSvgUrl } from '../../html/isSvgUrl'
import { renderTokensToHtml } from '../../html/renderTokensToHtml'
import { parseMarkdown } from '../../markdown/markdownParser'
import { collapseWhitespace } from '../../text/countText'
import { deriveDigest } from '../../text/deriveDigest'
import type { RenderInput, RenderResult } from '../../types'
import { checkToutiaoLimits } from './checkToutiaoLimits'
import { toutiaoRules } from './toutiaoRules'

/** Toutiao article HTML: clean tags, links reduced to their text, images listed for upload. */
export function renderToutiao(input: RenderInput): RenderResult {
  const tokens = parseMarkdown(input.markdown)
  const { dialect, removedLinks } = createSemanticDialect({
    links: 'text',
    keepImage: (src) => !isSvgUrl(src),
    imageAttrs: [],
    figures: false,
    codeLanguageClass: false,
  })
  const rendering = renderTokensToHtml({ tokens, dialect })
  const title = collapseWhitespace(input.title)
  const { cover, issues } = resolveCover({ coverUrl: input.coverUrl, title })
  issues.push(...checkToutiaoLimits({ title, hasCover: cover !== null || issues.length > 0, removedLinks: removedLinks() }))
  if (rendering.droppedImages.length > 0) {
    issues.push(droppedImagesIssue({ count: rendering.droppedImages.length, platformLabel: toutiaoRules.label }))
  }
  return {
    title,
    digest: deriveDigest({ digest: input.digest, tokens, length: toutiaoRules.digest.derivedLength }),
    body: rendering.html,
    format: 'html',
    images: cover ? [cover, ...rendering.images] : rendering.images,
    issues,
  }
}
