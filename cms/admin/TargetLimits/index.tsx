'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { CONTENT_KIND, isContentSlug } from '../../content'
import { useTargetPlatforms } from '../MarkdownEditor/useTargetPlatforms'
import { countItem, readLimits, targetLimits } from './targetLimits'

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/**
 * 平台限制, live as the item is written: for each platform the item goes to (its 发布账号), the title,
 * body, images and topics against that platform's limits (标题 12/20), in red with the limit named when
 * over, and the shape its pictures or video should have. The limits come from the platform profiles.
 */
export function TargetLimits(props: { bodyField?: string }) {
  const { collectionSlug } = useDocumentInfo()
  const bodyField = props.bodyField ?? 'body'
  // One primitive per selector: the panel re-renders only when one of these changes.
  const title = useFormFields(([fields]) => text(fields.title?.value))
  const body = useFormFields(([fields]) => text(fields[bodyField]?.value))
  const images = useFormFields(([fields]) => list(fields.images?.value).length)
  const topicsKey = useFormFields(([fields]) => JSON.stringify(list(fields.topics?.value).filter((topic) => typeof topic === 'string')))
  const platforms = useTargetPlatforms()
  if (!isContentSlug(collectionSlug)) return null
  const limits = targetLimits({ platforms, kind: CONTENT_KIND[collectionSlug] })
  if (limits.length === 0) return null
  const topics = (JSON.parse(topicsKey) as unknown[]).filter((topic): topic is string => typeof topic === 'string')
  const counts = countItem({ title, body, images, topics })
  return (
    <div data-testid="target-limits" style={{ margin: '0 0 16px', fontSize: 13 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>平台限制</div>
      {limits.map((limit) => {
        const readings = readLimits({ limit, counts })
        return (
          <div key={limit.platform} data-platform={limit.platform} style={{ marginBottom: 6 }}>
            <strong>{limit.label}</strong>
            {readings.map((reading) => (
              <span
                key={reading.what}
                data-over={reading.over ? 'true' : 'false'}
                style={{ marginLeft: 12, color: reading.over ? '#cf1322' : undefined }}
              >
                {reading.what} {reading.count}/{reading.max}
              </span>
            ))}
            {limit.shape && <span style={{ marginLeft: 12, opacity: 0.75 }}>{limit.shape}</span>}
            {readings.map(
              (reading) =>
                reading.message && (
                  <div key={`${reading.what}-message`} role="alert" style={{ color: '#cf1322' }}>
                    {reading.message}
                  </div>
                ),
            )}
          </div>
        )
      })}
    </div>
  )
}
