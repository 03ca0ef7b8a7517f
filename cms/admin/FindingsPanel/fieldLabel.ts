import type { TextPart } from '../../compliance/contentText'

/** Field names as editors call them, for a finding whose field has no text in the form any more. */
const NAMES: Record<string, string> = {
  title: '标题',
  digest: '摘要',
  author: '作者署名',
  body: '正文',
  hashtags: '微博话题',
  slug: '链接标识',
  description: '视频简介',
  headline: '海报主标题',
  copy: '海报文案',
  alt: '替代文字',
  titleCandidates: '备选标题',
  variants: '分平台改写',
}

/**
 * A stored field path (`body`, `variants.1.body`) in the editor's words: the form's own label for
 * it when the text is there (微博改写·正文), else the field's name; never the raw path. Pure.
 */
export function fieldLabel(args: { field: string; parts: readonly Pick<TextPart, 'field' | 'label'>[] }): string {
  const part = args.parts.find((p) => p.field === args.field)
  if (part) return part.label
  const names = args.field
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .map((segment) => NAMES[segment])
    .filter((name): name is string => name !== undefined)
  return names.length > 0 ? names.join('·') : '内容'
}
