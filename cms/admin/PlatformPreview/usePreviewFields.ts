'use client'
import { useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'
import type { PreviewFields } from './previewInput'

/**
 * The item's fields the preview reads besides the body, each picked from the form on its own, so
 * typing in the body (or anywhere else) does not re-read them.
 */
export function usePreviewFields(): PreviewFields & { theme: unknown; targets: unknown } {
  const title = useFormFields(([fields]) => fields.title?.value)
  const digest = useFormFields(([fields]) => fields.digest?.value)
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const hashtags = useFormFields(([fields]) => fields.hashtags?.value)
  const theme = useFormFields(([fields]) => fields.theme?.value)
  const targets = useFormFields(([fields]) => fields.targets?.value)
  const hasCover = useFormFields(([fields]) => Boolean(fields.cover?.value))
  // Rows as one string: equal rows compare equal, so a keystroke elsewhere re-renders nothing.
  const variantsKey = useFormFields(([fields]) => {
    const count = Number(fields.variants?.value ?? 0)
    const rows = []
    for (let i = 0; i < count; i++) {
      rows.push({
        platform: fields[`variants.${i}.platform`]?.value ?? null,
        title: fields[`variants.${i}.title`]?.value ?? null,
        digest: fields[`variants.${i}.digest`]?.value ?? null,
        body: fields[`variants.${i}.body`]?.value ?? null,
      })
    }
    return JSON.stringify(rows)
  })
  const variants = useMemo(() => JSON.parse(variantsKey) as PreviewFields['variants'], [variantsKey])
  return useMemo(
    () => ({ title, digest, slug, hashtags, theme, targets, hasCover, variants }),
    [title, digest, slug, hashtags, theme, targets, hasCover, variants],
  )
}
