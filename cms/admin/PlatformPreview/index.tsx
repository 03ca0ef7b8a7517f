'use client'
import { useAllFormFields, useDocumentInfo } from '@payloadcms/ui'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { PLATFORM_PROFILES, PLATFORMS, type PlatformId } from '../../../lib/platforms'
import { renderForPlatform } from '../../../templates/renderForPlatform'
import { formData } from '../FindingsPanel/formData'
import { copyHtml } from './copyHtml'
import { PreviewFrame } from './PreviewFrame'

const TABS: { id: PlatformId; label: string }[] = PLATFORMS.map((id) => ({ id, label: PLATFORM_PROFILES[id].shortLabel.zh }))

/**
 * Live previews beside the editor, made by the same renderers the publishers use, from the form as
 * it is being typed (deferred so typing stays smooth).
 */
export function PlatformPreview() {
  const { collectionSlug } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const data = useDeferredValue(useMemo(() => formData(fields), [fields]))
  const [tab, setTab] = useState<PlatformId>(PLATFORMS[0])
  const [copied, setCopied] = useState<string | null>(null)
  // The page's own origin, known only in the browser (the admin is also rendered on the server).
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => setOrigin(window.location.origin), [])

  const result = useMemo(() => {
    if (!origin) return null
    // The form's values are untyped: each is read here as what it should be.
    const form = fieldsOf(data)
    const text = (fields: ReadonlyMap<string, unknown>, key: string) => {
      const value = fields.get(key)
      return typeof value === 'string' ? value : ''
    }
    const variants = form.get('variants')
    const variant = Array.isArray(variants) ? variants.map(fieldsOf).find((v) => v.get('platform') === tab) : undefined
    const pick = (key: string) => (variant && text(variant, key)) || text(form, key)
    const slug = text(form, 'slug')
    const hashtags = form.get('hashtags')
    const theme = form.get('theme')
    return renderForPlatform({
      platform: tab,
      input: {
        title: pick('title') || '（无标题）',
        digest: pick('digest') || null,
        markdown: pick('body') || text(form, 'description') || text(form, 'copy'),
        publicUrl: slug ? `${origin}/articles/${slug}` : `${origin}/articles/preview`,
        theme: typeof theme === 'string' ? theme : null,
        hashtags: Array.isArray(hashtags) ? hashtags.filter((h): h is string => typeof h === 'string') : [],
        coverUrl: form.get('cover') || form.get('image') ? `${origin}/cover-preview` : null,
      },
    })
  }, [data, tab, origin])

  if (collectionSlug !== 'articles' || !result) return null
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '16px 0' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 12 }}>
        <strong>平台预览</strong>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            className={`btn btn--size-small ${tab === t.id ? 'btn--style-primary' : 'btn--style-secondary'}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
        {result.format === 'wechat-html' && (
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={async () =>
              setCopied((await copyHtml(result.body)) ? '已复制，可直接粘贴到公众号编辑器' : '复制失败：浏览器不允许访问剪贴板')
            }
          >
            复制到公众号
          </button>
        )}
        {copied && <span style={{ fontSize: 12 }}>{copied}</span>}
      </div>
      {result.issues.length > 0 && (
        <ul style={{ margin: '0 0 12px', fontSize: 12 }}>
          {result.issues.map((issue, i) => (
            <li key={i} style={{ color: issue.severity === 'error' ? 'var(--theme-error-500)' : 'var(--theme-warning-500)' }}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <PreviewFrame platform={tab} result={result} />
    </div>
  )
}

function fieldsOf(value: unknown): ReadonlyMap<string, unknown> {
  return new Map(value !== null && typeof value === 'object' ? Object.entries(value) : [])
}
