/** The lexicon spreadsheet's column titles, in Chinese like the calendar's (the last two may be left out). */
export const LEXICON_SHEET_HEADER = ['词条', '分类', '级别', '替换建议', '备注', '启用', '拼音变体', '谐音变体'] as const
