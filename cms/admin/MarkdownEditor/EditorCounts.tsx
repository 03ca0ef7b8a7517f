'use client'
import { useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'
import type { PlatformId } from '../../../lib/platforms'
import { platformCounters, textsForPlatform } from './platformCounters'
import { countWords, readingMinutes, readingTimeLabel } from './plainText'

type VariantRow = { platform?: unknown; title?: unknown; digest?: unknown; body?: unknown }

const asText = (value: unknown) => (typeof value === 'string' ? value : '')

/** The variant rows' texts as one string, so the form selector only re-renders when they change. */
function variantsKey(fields: Record<string, { value?: unknown }>): string {
  const rows: VariantRow[] = []
  for (const [path, field] of Object.entries(fields)) {
    const match = /^variants\.(\d+)\.(platform|title|digest|body)$/.exec(path)
    if (!match) continue
    const row = (rows[Number(match[1])] ??= {})
    row[match[2] as keyof VariantRow] = field.value
  }
  return JSON.stringify(rows.filter(Boolean))
}

/** 字数, 阅读时长 and each target platform's limits, from the body as last settled (not every keystroke). */
export function EditorCounts(props: { body: string; platforms: readonly PlatformId[] }) {
  const title = useFormFields(([fields]) => asText(fields.title?.value))
  const digest = useFormFields(([fields]) => asText(fields.digest?.value))
  const variants = useFormFields(([fields]) => variantsKey(fields))
  const words = useMemo(() => countWords(props.body), [props.body])
  const platforms = useMemo(() => {
    const rows = JSON.parse(variants) as VariantRow[]
    const shared = { title, digest, body: props.body }
    return platformCounters({ platforms: props.platforms, textsFor: (platform) => textsForPlatform({ platform, shared, variants: rows }) })
  }, [props.body, props.platforms, title, digest, variants])

  return (
    <div
      data-testid="editor-counts"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', fontSize: 12, padding: '6px 0', opacity: 0.85 }}
    >
      <span data-count="words">字数 {words.total.toLocaleString('zh-CN')}</span>
      <span data-count="reading">阅读时长 {readingTimeLabel(readingMinutes(words))}</span>
      {platforms.map((platform) => (
        <span key={platform.platform} data-platform={platform.platform}>
          {platform.label}：
          {platform.counters.map((counter, index) => (
            <span
              key={counter.name}
              data-over={counter.over ? 'true' : undefined}
              style={{ color: counter.over ? 'var(--theme-error-500)' : undefined, fontWeight: counter.over ? 600 : undefined }}
            >
              {index > 0 ? ' · ' : ''}
              {counter.name} {counter.count.toLocaleString('zh-CN')}/{counter.max.toLocaleString('zh-CN')}
              {counter.excerpted && counter.count > counter.max ? '（发出时截取）' : ''}
            </span>
          ))}
        </span>
      ))}
    </div>
  )
}
