import { outgoingTextParts, titleCandidatePath } from '../compliance/outgoingText'
import { MAX_TITLE_CANDIDATES } from '../fields/titleCandidateFields'

/**
 * Title tests: 标题 1 is the item's own title, 2..5 its candidates, in order. Numbered, not lettered,
 * as the item's form (正文标题算作标题 1) and the calendar CSV's 标题序号 say.
 */
export const MAX_TITLE_VARIANT = MAX_TITLE_CANDIDATES + 1

/** The variant a slot or delivery sends: empty (or anything not 2..5) is title 1. */
export function effectiveTitleVariant(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= MAX_TITLE_VARIANT ? value : 1
}

/** "标题 2": what the calendar chip and the results call a variant. */
export function titleVariantLabel(variant: number): string {
  return `标题 ${variant}`
}

/**
 * Why the item (a document or a pinned revision's data) cannot send title `variant`, in an editor's
 * words, or null when it can. Pure. `variant` as stored: empty is title 1, which every item has.
 */
export function titleVariantProblem(args: { collection: string; data: object; title?: string; variant: unknown }): string | null {
  const { variant } = args
  if (variant === null || variant === undefined || variant === 1) return null
  if (typeof variant !== 'number' || !Number.isInteger(variant) || variant < 1 || variant > MAX_TITLE_VARIANT)
    return `标题序号「${String(variant)}」无效：请选 1 到 ${MAX_TITLE_VARIANT}（1 是正文标题）。`
  const parts = outgoingTextParts({ collection: args.collection, data: args.data })
  if (parts.some((part) => part.slot === 'titleCandidate' && part.field === titleCandidatePath(variant))) return null
  const count = parts.filter((part) => part.slot === 'titleCandidate').length
  const name = args.title ? `《${args.title}》` : '这条内容'
  const has = count === 0 ? '没有备选标题' : `只有 ${count} 个备选标题（标题 2${count > 1 ? `–${count + 1}` : ''}）`
  return `选用的是标题 ${variant}，但${name}${has}：请改选已有的标题，或先在内容里补上备选标题（改动后需重新审核）。`
}
