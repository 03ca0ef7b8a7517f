'use client'
import { useDocumentInfo, useField } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { PLATFORM_PROFILES, type PlatformId } from '../../../lib/platforms'
import { renderForPlatform } from '../../../templates/renderForPlatform'
import { copyHtml } from './copyHtml'
import { previewInput } from './previewInput'
import { PreviewFrame } from './PreviewFrame'
import { isEcho, ratioOf, scrollTopFor } from './scrollRatio'
import { initialTheme, themeChoices } from './themeChoices'
import { usePreviewFields } from './usePreviewFields'
import { useRenderedPreview } from './useRenderedPreview'
import { useTargetPlatforms } from './useTargetPlatforms'
import { ScriptButton, ScriptSelect } from '../ScriptControls'

const THEMES = themeChoices()

/**
 * The chosen platform's live preview beside the editor, made by the same renderers the publishers
 * use from the body as it is typed (after a pause, newest wins), scrolled in step with the editor.
 */
export function LivePreviewPane({
  body,
  scrollRatio,
  onScrollRatio,
}: {
  body: string
  scrollRatio: number
  onScrollRatio?: (ratio: number) => void
}) {
  const fields = usePreviewFields()
  const platforms = useTargetPlatforms(fields.targets)
  const [chosen, setChosen] = useState<PlatformId | null>(null)
  const platform = chosen && platforms.includes(chosen) ? chosen : (platforms.find((p) => p === 'wechat') ?? platforms[0] ?? 'wechat')

  // The article's own theme until the writer tries another here; 设为本文主题 writes the choice back.
  const themeField = useField<string>({ path: 'theme' })
  const [theme, setTheme] = useState<string | null>(null)
  const shownTheme = theme ?? initialTheme(fields.theme)

  // The page's own origin, known only in the browser (the admin is also rendered on the server).
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => setOrigin(window.location.origin), [])
  const prepared = useMemo(
    () => (origin ? previewInput({ fields, body, platform, theme: shownTheme, origin }) : null),
    [fields, body, platform, shownTheme, origin],
  )
  const preview = useRenderedPreview(platform, prepared?.input ?? null)

  const scroller = useRef<HTMLDivElement | null>(null)
  const appliedTop = useRef<number | null>(null)
  // Follow the editor: the ratio it reports, and again whenever a new render changes the height.
  useEffect(() => {
    const box = scroller.current
    if (!box) return
    const top = scrollTopFor(scrollRatio, box)
    if (Math.abs(box.scrollTop - top) <= 2) return
    appliedTop.current = top
    box.scrollTop = top
  }, [scrollRatio, preview.result])
  const onScroll = useCallback(() => {
    const box = scroller.current
    if (!box) return
    if (isEcho({ scrollTop: box.scrollTop, appliedTop: appliedTop.current })) return
    appliedTop.current = null
    onScrollRatio?.(ratioOf(box))
  }, [onScrollRatio])

  const [copied, setCopied] = useState<string | null>(null)
  const copy = async () => {
    if (!prepared) return
    // What is typed now, not the last (possibly stale) preview: the render takes a moment at most.
    const fresh = renderForPlatform({ platform: 'wechat', input: prepared.input })
    setCopied((await copyHtml(fresh.body)) ? '已复制，可直接粘贴到公众号编辑器' : '复制失败：浏览器不允许访问剪贴板')
  }

  const { result } = preview
  const frame = useMemo(
    () =>
      result && preview.platform ? (
        <PreviewFrame platform={preview.platform} result={result} scroller={{ ref: scroller, onScroll }} />
      ) : null,
    [result, preview.platform, onScroll],
  )
  const { collectionSlug } = useDocumentInfo()
  if (collectionSlug && collectionSlug !== 'articles') return null

  return (
    <div
      data-testid="live-preview"
      data-platform={platform}
      data-theme={shownTheme}
      // A definite height, so the frame scrolls inside (and follows the editor) instead of growing the page.
      style={{ display: 'flex', flexDirection: 'column', gap: 8, height: 'clamp(420px, calc(100vh - 160px), 960px)' }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        <strong style={{ marginRight: 4 }}>预览</strong>
        {platforms.map((id) => (
          <ScriptButton
            key={id}
            data-testid={`preview-platform-${id}`}
            aria-pressed={platform === id}
            className={`btn btn--size-small ${platform === id ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            onClick={() => setChosen(id)}
          >
            {PLATFORM_PROFILES[id].shortLabel.zh}
          </ScriptButton>
        ))}
        {platform === 'wechat' && (
          <>
            <label style={{ fontSize: 12, display: 'flex', gap: 4, alignItems: 'center' }}>
              主题
              <ScriptSelect data-testid="preview-theme" value={shownTheme} onChange={(event) => setTheme(event.target.value)}>
                {THEMES.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </ScriptSelect>
            </label>
            {theme !== null && theme !== themeField.value && (
              <ScriptButton
                className="btn btn--style-secondary btn--size-small"
                style={{ margin: 0 }}
                onClick={() => themeField.setValue(theme)}
              >
                设为本文主题
              </ScriptButton>
            )}
            <ScriptButton
              data-testid="copy-to-wechat"
              className="btn btn--style-secondary btn--size-small"
              style={{ margin: 0 }}
              onClick={() => void copy()}
            >
              复制到公众号
            </ScriptButton>
          </>
        )}
        {preview.stale && preview.result && <span style={{ fontSize: 12, color: 'var(--theme-elevation-500)' }}>更新中…</span>}
        {copied && <span style={{ fontSize: 12 }}>{copied}</span>}
      </div>
      {prepared?.usesVariantBody && (
        <p style={{ margin: 0, fontSize: 12, color: 'var(--theme-warning-500)' }}>
          {PLATFORM_PROFILES[platform].shortLabel.zh}使用「分平台改写」里的正文，这里的修改不会出现在该平台。
        </p>
      )}
      {result && result.issues.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
          {result.issues.map((issue, i) => (
            <li key={i} style={{ color: issue.severity === 'error' ? 'var(--theme-error-500)' : 'var(--theme-warning-500)' }}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      {preview.error && <p style={{ margin: 0, color: 'var(--theme-error-500)' }}>预览生成失败：{preview.error}</p>}
      <div style={{ flex: 1, minHeight: 0 }}>{frame ?? <p style={{ color: 'var(--theme-elevation-500)' }}>正在生成预览…</p>}</div>
    </div>
  )
}
