/**
 * The media an item uses, for their alt text: relationships (cover, poster image, renditions, video
 * file) and images its bodies reference by our own `/api/media/file/<name>` URLs. Pure.
 */

/** Alt texts of media documents, by id and by file name (what a body's image URL names). */
export type MediaAlt = { byId: ReadonlyMap<string, string>; byFilename: ReadonlyMap<string, string> }

export type UsedMedia = { field: string; label: string; alt: string }

/**
 * `inRows`: the relation sits in each row of an array; `many`: the field is a list of media (hasMany),
 * each named by its position (笔记图片 3).
 */
type RelationSpec = { name: string; label: string; inRows?: { array: string; label: string }; many?: true }

/** Media relationships per content type; rows of an array and items of a list are named by their position. */
export const MEDIA_RELATIONS: Record<string, readonly RelationSpec[]> = {
  articles: [{ name: 'cover', label: '封面' }],
  videos: [
    { name: 'cover', label: '封面' },
    { name: 'file', label: '视频文件' },
  ],
  posters: [
    { name: 'image', label: '海报主图' },
    { name: 'image', label: '图片', inRows: { array: 'sizes', label: '尺寸版本' } },
  ],
  notes: [{ name: 'images', label: '笔记图片', many: true }],
}

const MEDIA_URL = /\/api\/media\/file\/([^\s)"'<>?#]+)/g

/** File names of our media that a text references (Markdown image, HTML, or a bare URL). */
export function mediaFilenamesIn(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(MEDIA_URL)) {
    try {
      names.add(decodeURIComponent(match[1]))
    } catch {
      names.add(match[1])
    }
  }
  return [...names]
}

/** Ids and file names an item's media lookup needs (the save and the worker read those media). */
export function mediaRefsOf(args: { collection: string; data: object }): { ids: string[]; filenames: string[] } {
  const ids = new Set<string>()
  for (const { value } of relationValues(args)) {
    const id = idOf(value)
    if (id !== null) ids.add(id)
  }
  return { ids: [...ids], filenames: bodyFilenames(args.data) }
}

export function mediaUsedBy(args: { collection: string; data: object; media?: MediaAlt }): UsedMedia[] {
  const used: UsedMedia[] = []
  for (const { field, label, value } of relationValues(args)) {
    const alt = altOf({ value, media: args.media })
    if (alt !== null) used.push({ field: `${field}.alt`, label, alt })
  }
  for (const filename of bodyFilenames(args.data)) {
    const alt = args.media?.byFilename.get(filename)
    if (alt !== undefined) used.push({ field: `bodyImages.${filename}.alt`, label: `正文图片 ${filename} 的`, alt })
  }
  return used
}

function relationValues(args: { collection: string; data: object }): { field: string; label: string; value: unknown }[] {
  const data = fieldsOf(args.data)
  const values: { field: string; label: string; value: unknown }[] = []
  for (const spec of MEDIA_RELATIONS[args.collection] ?? []) {
    if (spec.many) {
      const items = data.get(spec.name)
      if (Array.isArray(items))
        items.forEach((value: unknown, index) =>
          values.push({ field: `${spec.name}.${index}`, label: `${spec.label} ${index + 1} 的`, value }),
        )
      continue
    }
    if (!spec.inRows) {
      values.push({ field: spec.name, label: spec.label, value: data.get(spec.name) })
      continue
    }
    const rows = data.get(spec.inRows.array)
    if (!Array.isArray(rows)) continue
    rows.forEach((row: unknown, index) =>
      values.push({
        field: `${spec.inRows?.array}.${index}.${spec.name}`,
        label: `${spec.inRows?.label} ${index + 1} 的${spec.label}`,
        value: fieldsOf(row).get(spec.name),
      }),
    )
  }
  return values
}

function bodyFilenames(value: object): string[] {
  const data = fieldsOf(value)
  const texts: string[] = []
  for (const key of ['body', 'copy', 'description']) {
    const text = data.get(key)
    if (typeof text === 'string') texts.push(text)
  }
  const variants = data.get('variants')
  if (Array.isArray(variants))
    for (const row of variants) {
      const text = fieldsOf(row).get('body')
      if (typeof text === 'string') texts.push(text)
    }
  return [...new Set(texts.flatMap(mediaFilenamesIn))]
}

function altOf(args: { value: unknown; media?: MediaAlt }): string | null {
  const { value } = args
  if (value !== null && typeof value === 'object') {
    const alt = fieldsOf(value).get('alt')
    if (typeof alt === 'string') return alt
  }
  const id = idOf(value)
  return id === null ? null : (args.media?.byId.get(id) ?? null)
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value !== null && typeof value === 'object') {
    const id = fieldsOf(value).get('id')
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return null
}

function fieldsOf(value: unknown): ReadonlyMap<string, unknown> {
  return new Map(value !== null && typeof value === 'object' ? Object.entries(value) : [])
}
