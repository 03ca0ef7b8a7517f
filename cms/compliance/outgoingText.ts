import { PLATFORM_LABELS, PLATFORMS, type PlatformId } from '../../lib/platforms'
import type { ContentSlug } from '../content'
import { MEDIA_RELATIONS, mediaUsedBy, type MediaAlt } from './outgoingMedia'

/**
 * Where a text goes once it leaves the CMS: the slot a renderer, a poster or a publisher reads it
 * from. The render input and the scanner both take their text from the parts below, so a field can
 * reach the audience only through a part, and every part is scanned.
 */
export type OutgoingSlot = 'title' | 'titleCandidate' | 'digest' | 'author' | 'body' | 'headline' | 'topic' | 'slug' | 'alt' | 'script'

export type OutgoingPart = {
  /** The stored field's path (`title`, `variants.1.body`, `hashtags.0`, `cover.alt`): what findings keep. */
  field: string
  /** The field in an editor's words (海报主标题, 微博话题, 封面替代文字). */
  label: string
  slot: OutgoingSlot
  /** A platform's rewrite: the part replaces the shared one on that platform only. */
  platform?: PlatformId
  text: string
}

/**
 * `many`: a list of texts; `rows`: an array of rows whose field of that name holds the text (title
 * candidates, 分镜), each row named by `rowLabel` (its 0-based index).
 */
type FieldSpec = { name: string; slot: OutgoingSlot; label: string; many?: true; rows?: string; rowLabel?: (index: number) => string }

/**
 * Title tests: the item's own title is 标题 1; `titleCandidates` rows are 标题 2..5 in order. A slot
 * (and its delivery) names the one it sends in `titleVariant` (empty = 1).
 */
const TITLE_CANDIDATES: FieldSpec = {
  name: 'titleCandidates',
  slot: 'titleCandidate',
  label: '备选标题',
  rows: 'title',
  rowLabel: (index) => `标题 ${index + 2}（备选标题）`,
}

/** The stored path of title `variant` (2..5) among the candidates. */
export const titleCandidatePath = (variant: number): string => `titleCandidates.${variant - 2}.title`

/**
 * The text fields of each content type that reach the audience. A `Record` over every content slug:
 * a new content type does not compile until its outgoing fields are listed here.
 * A video's 分镜 lines (`script[].line`) are what the presenter says on camera: the audience hears them,
 * so they are scanned (slot `script`), though no renderer or publisher sends them as text.
 */
const OUTGOING_FIELDS: Record<ContentSlug, readonly FieldSpec[]> = {
  articles: [
    { name: 'title', slot: 'title', label: '标题' },
    TITLE_CANDIDATES,
    { name: 'digest', slot: 'digest', label: '摘要' },
    { name: 'author', slot: 'author', label: '作者署名' },
    { name: 'body', slot: 'body', label: '正文' },
    { name: 'hashtags', slot: 'topic', label: '微博话题', many: true },
    { name: 'slug', slot: 'slug', label: '链接标识' },
  ],
  videos: [
    { name: 'title', slot: 'title', label: '视频标题' },
    TITLE_CANDIDATES,
    { name: 'description', slot: 'body', label: '视频简介' },
    { name: 'topics', slot: 'topic', label: '视频话题', many: true },
    { name: 'script', slot: 'script', label: '分镜台词', rows: 'line', rowLabel: (index) => `第 ${index + 1} 镜台词（分镜脚本）` },
  ],
  posters: [
    { name: 'title', slot: 'title', label: '海报标题' },
    { name: 'headline', slot: 'headline', label: '海报主标题' },
    { name: 'copy', slot: 'body', label: '海报文案' },
  ],
  notes: [
    { name: 'title', slot: 'title', label: '笔记标题' },
    { name: 'body', slot: 'body', label: '笔记正文' },
    { name: 'topics', slot: 'topic', label: '笔记话题', many: true },
  ],
}

/** A variant row's text fields (every collection that has `variants`). */
const VARIANT_FIELDS: readonly FieldSpec[] = [
  { name: 'title', slot: 'title', label: '标题' },
  { name: 'digest', slot: 'digest', label: '摘要' },
  { name: 'body', slot: 'body', label: '正文' },
]

/**
 * Every outgoing text of a document (a typed document, a version, or a form's values): its fields,
 * every platform variant, and the alt text of the media it uses (`media` resolves media given by id
 * or by file name; a populated relationship carries its own alt). Empty texts are left out. Pure.
 */
export function outgoingTextParts(args: { collection: string; data: object; media?: MediaAlt }): OutgoingPart[] {
  const specs = isKnown(args.collection) ? OUTGOING_FIELDS[args.collection] : []
  const data = fieldsOf(args.data)
  const parts: OutgoingPart[] = []
  for (const spec of specs) parts.push(...partsOf({ value: data.get(spec.name), spec, path: spec.name }))
  const variants = data.get('variants')
  if (Array.isArray(variants)) {
    variants.forEach((variant: unknown, index) => {
      const row = fieldsOf(variant)
      const platform = row.get('platform')
      const known = PLATFORMS.find((p) => p === platform)
      const prefix = known ? `${PLATFORM_LABELS[known].zh}改写` : '分平台改写'
      for (const spec of VARIANT_FIELDS) {
        const label = `${prefix}·${spec.label}`
        for (const part of partsOf({ value: row.get(spec.name), spec: { ...spec, label }, path: `variants.${index}.${spec.name}` }))
          parts.push(known ? { ...part, platform: known } : part)
      }
    })
  }
  for (const used of mediaUsedBy({ collection: args.collection, data: args.data, media: args.media }))
    if (used.alt.trim() !== '') parts.push({ field: used.field, label: `${used.label}替代文字`, slot: 'alt', text: used.alt })
  return parts
}

function partsOf(args: { value: unknown; spec: FieldSpec; path: string }): OutgoingPart[] {
  const { spec } = args
  const one = (text: unknown, field: string): OutgoingPart[] =>
    typeof text === 'string' && text.trim() !== '' ? [{ field, label: spec.label, slot: spec.slot, text }] : []
  if (spec.many) return Array.isArray(args.value) ? args.value.flatMap((text: unknown, i) => one(text, `${args.path}.${i}`)) : []
  const rowField = spec.rows
  if (rowField !== undefined)
    return Array.isArray(args.value)
      ? args.value.flatMap((row: unknown, i) =>
          one(fieldsOf(row).get(rowField), `${args.path}.${i}.${rowField}`).map((part) => ({
            ...part,
            label: spec.rowLabel?.(i) ?? `${spec.label} ${i + 1}`,
          })),
        )
      : []
  return one(args.value, args.path)
}

/**
 * What one platform gets, taken from the parts: a platform's variant wins over the shared text where
 * it says something. Renderers, posters and publishers read their text only from here.
 */
export type OutgoingSelection = {
  title: string
  digest: string
  author: string
  body: string
  headline: string
  topics: string[]
  slug: string
}

export function selectOutgoing(args: {
  parts: readonly OutgoingPart[]
  platform?: PlatformId | null
  /** The title the slot sends (1 = the item's own title, 2..5 = its candidates); empty = 1. */
  titleVariant?: number | null
}): OutgoingSelection {
  const pick = (slot: OutgoingSlot): string => {
    const own = args.platform ? args.parts.find((p) => p.slot === slot && p.platform === args.platform) : undefined
    return (own ?? args.parts.find((p) => p.slot === slot && p.platform === undefined))?.text ?? ''
  }
  return {
    title: titleOf({ parts: args.parts, variant: args.titleVariant ?? 1, fallback: () => pick('title') }),
    digest: pick('digest'),
    author: pick('author'),
    body: pick('body'),
    headline: pick('headline'),
    topics: args.parts.filter((p) => p.slot === 'topic' && p.platform === undefined).map((p) => p.text),
    slug: pick('slug'),
  }
}

/**
 * The title a slot chose on the slot itself, so it wins over the shared title; a platform's rewritten
 * title (`variants[].title`) is a rewrite of title 1 and applies only to it. A candidate that does not
 * exist gives no title at all (never another candidate's): the worker refuses such a delivery first.
 */
function titleOf(args: { parts: readonly OutgoingPart[]; variant: number; fallback: () => string }): string {
  if (args.variant <= 1) return args.fallback()
  const path = titleCandidatePath(args.variant)
  return args.parts.find((p) => p.slot === 'titleCandidate' && p.field === path)?.text ?? ''
}

/** The fields whose change after approval sends the item back to review: every outgoing text field, variants and media. */
export function reviewedFieldsOf(collection: ContentSlug): string[] {
  const media = (MEDIA_RELATIONS[collection] ?? []).map((spec) => spec.inRows?.array ?? spec.name)
  return [...new Set([...sharedTextFieldsOf(collection).map((field) => field.name), 'variants', ...media])]
}

/** The stored fields of an item's shared texts (not its platform rewrites or media), each with the slot it fills. */
export function sharedTextFieldsOf(collection: ContentSlug): { name: string; slot: OutgoingSlot }[] {
  return OUTGOING_FIELDS[collection].map(({ name, slot }) => ({ name, slot }))
}

function isKnown(collection: string): collection is ContentSlug {
  return Object.hasOwn(OUTGOING_FIELDS, collection)
}

function fieldsOf(value: unknown): ReadonlyMap<string, unknown> {
  return new Map(value !== null && typeof value === 'object' ? Object.entries(value) : [])
}
