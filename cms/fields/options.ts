/** Turns a bilingual label map into Payload select options. */
export function optionsFrom<K extends string>(labels: Record<K, { zh: string; en: string }>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}
