/** What a list, picker or label shows for an item without a title: never "null" or "<没有 标题>". Pure. */
export const UNTITLED_DRAFT = '（未命名草稿）'

export function titleOrUntitled(title: string | null | undefined): string {
  const text = title?.trim()
  return text ? text : UNTITLED_DRAFT
}
