import { relationId } from '../content'

/** An image the audience sees with an item: the media's id, or its file name when the body links it. */
export type ContentImageRef = { label: string; id?: string | number; filename?: string }

const MEDIA_FILE_PATH = '/api/media/file/'
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g

/**
 * Where each content type keeps its images, with the label an editor knows them by. A new content
 * type (notes, with their images) adds its fields here and its images reach the gate.
 */
const IMAGE_FIELDS: Record<string, { single: { field: string; label: string }[]; lists: { field: string; key: string; label: string }[] }> =
  {
    articles: { single: [{ field: 'cover', label: '封面图片' }], lists: [] },
    videos: { single: [{ field: 'cover', label: '封面图片' }], lists: [] },
    posters: { single: [{ field: 'image', label: '海报图片' }], lists: [{ field: 'sizes', key: 'image', label: '海报成品图' }] },
    notes: { single: [{ field: 'cover', label: '封面图片' }], lists: [{ field: 'images', key: 'image', label: '笔记图片' }] },
  }
/** Markdown fields whose images are linked as /api/media/file/<name>. */
const MARKDOWN_FIELDS = ['body']

/** Every image of an item (plain data: a document, a version, or a form's values), first mention first. Pure. */
export function contentImageRefs(args: { collection: string; data: object }): ContentImageRef[] {
  const data = fieldsOf(args.data)
  const spec = IMAGE_FIELDS[args.collection] ?? { single: [], lists: [] }
  const refs: ContentImageRef[] = []
  for (const { field, label } of spec.single) {
    const id = relationId(data.get(field))
    if (id !== null) refs.push({ label, id })
  }
  for (const { field, key, label } of spec.lists) {
    const rows = data.get(field)
    if (!Array.isArray(rows)) continue
    for (const row of rows) {
      // A list of plain relations (ids) or of rows holding one.
      const id = relationId(typeof row === 'object' && row !== null && key in row ? fieldsOf(row).get(key) : row)
      if (id !== null) refs.push({ label, id })
    }
  }
  const bodies = [...MARKDOWN_FIELDS.map((field) => data.get(field))]
  const variants = data.get('variants')
  if (Array.isArray(variants)) for (const variant of variants) bodies.push(fieldsOf(variant).get('body'))
  for (const body of bodies) {
    if (typeof body !== 'string') continue
    for (const match of body.matchAll(MARKDOWN_IMAGE)) {
      const filename = mediaFilenameOfSrc(match[1])
      if (filename) refs.push({ label: '正文图片', filename })
    }
  }
  return refs
}

/** The file name of `/api/media/file/<name>` (relative, or on any host: the media library decides if it is ours). */
export function mediaFilenameOfSrc(src: string): string | null {
  let pathname: string
  try {
    pathname = new URL(src, 'http://local.invalid').pathname
  } catch {
    return null
  }
  if (!pathname.startsWith(MEDIA_FILE_PATH)) return null
  try {
    return decodeURIComponent(pathname.slice(MEDIA_FILE_PATH.length)) || null
  } catch {
    return null
  }
}

function fieldsOf(value: unknown): ReadonlyMap<string, unknown> {
  return new Map(value !== null && typeof value === 'object' ? Object.entries(value) : [])
}
