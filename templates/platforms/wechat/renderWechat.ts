import { droppedImagesIssue, unknownThemeIssue } from '../../common/commonIssues'
import { resolveCover } from '../../common/resolveCover'
import { renderTokensToHtml } from '../../html/renderTokensToHtml'
import { countVisibleCharactersOfGeneratedHtml } from '../../html/textOfHtml'
import { parseMarkdown } from '../../markdown/markdownParser'
import { collapseWhitespace } from '../../text/countText'
import { deriveDigest } from '../../text/deriveDigest'
import { resolveTheme } from '../../themes'
import type { RenderInput, RenderIssue, RenderResult } from '../../types'
import { checkWechatLimits } from './checkWechatLimits'
import { createWechatDialect, renderFootnotes } from './createWechatDialect'
import { wechatRules } from './wechatRules'

/** WeChat article HTML: one root section, inline styles only, footnoted links; see wechat.md §5. */
export function renderWechat(input: RenderInput): RenderResult {
  const tokens = parseMarkdown(input.markdown)
  const { theme, found } = resolveTheme(input.theme)
  const { dialect, footnotes } = createWechatDialect({ theme })
  const rendering = renderTokensToHtml({ tokens, dialect })
  const body =
    dialect.open({ element: 'root', depth: 0 }) +
    rendering.html +
    renderFootnotes({ footnotes: footnotes(), dialect }) +
    dialect.close('root')

  const title = collapseWhitespace(input.title)
  const givenDigest = collapseWhitespace(input.digest ?? '')
  const { cover, issues: coverIssues } = resolveCover({ coverUrl: input.coverUrl, title })
  const issues: RenderIssue[] = [
    ...coverIssues,
    ...checkWechatLimits({
      title,
      givenDigest,
      bodyCharacters: countVisibleCharactersOfGeneratedHtml(body),
      bodyHtml: body,
      hasCover: cover !== null || coverIssues.length > 0,
    }),
  ]
  if (!found) issues.push(unknownThemeIssue(input.theme))
  if (rendering.droppedImages.length > 0) {
    issues.push(droppedImagesIssue({ count: rendering.droppedImages.length, platformLabel: wechatRules.label }))
  }
  return {
    title,
    digest: deriveDigest({ digest: givenDigest, tokens, length: wechatRules.digest.derivedLength }),
    body,
    format: 'wechat-html',
    images: cover ? [cover, ...rendering.images] : rendering.images,
    issues,
  }
}
