/** Form state (flat paths such as `variants.0.title`) back into a nested object. */
export function formData(fields: Record<string, { value?: unknown }>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [path, field] of Object.entries(fields)) {
    const segments = path.split('.')
    let target: Record<string, unknown> = data
    segments.forEach((segment, index) => {
      const existing = target[segment]
      if (index === segments.length - 1) {
        // An array field's own value is its row count; keep the rows already collected under it.
        if (typeof existing !== 'object' || existing === null) target[segment] = field.value
        return
      }
      if (typeof existing !== 'object' || existing === null) target[segment] = /^\d+$/.test(segments[index + 1]) ? [] : {}
      target = target[segment] as Record<string, unknown>
    })
  }
  return data
}
