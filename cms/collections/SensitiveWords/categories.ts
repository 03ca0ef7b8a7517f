import { lexiconCategoryLabels } from '../../../moderation/lexicon/categories'

/**
 * The Chinese name of every lexicon category the team meets: the default lexicon's own, plus the
 * ones the team's starter list and older spreadsheets use. A category is stored as its code
 * (`absolute_terms`); people read and type its name (绝对化用语).
 */
export const LEXICON_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  ...lexiconCategoryLabels,
  absolute_terms: '绝对化用语',
  // Names differ from the default lexicon's near-synonyms so that a spreadsheet round-trips exactly.
  financial_promise: '收益承诺',
  medical_claim: '医疗用语',
  spam: '垃圾营销与引流',
  promotion: '促销用语',
  other: '其他',
}

/** The name shown for a stored category; a category the team made up is shown as they typed it. */
export function lexiconCategoryLabel(category: string): string {
  return LEXICON_CATEGORY_LABELS[category] ?? category
}

/**
 * The code to store for what a spreadsheet says: a known name (绝对化用语) becomes its code; a code,
 * or a category the team made up, is kept as written.
 */
export function lexiconCategoryCode(text: string): string {
  const trimmed = text.trim()
  if (trimmed in LEXICON_CATEGORY_LABELS) return trimmed
  const found = Object.entries(LEXICON_CATEGORY_LABELS).find(([, label]) => label === trimmed)
  return found ? found[0] : trimmed
}
