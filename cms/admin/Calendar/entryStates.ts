/** An entry's state as the calendar shows it: the word and its colour (red where it needs attention). */
export const ENTRY_STATE: Record<string, { label: string; color: string }> = {
  planned: { label: '已计划', color: '#8c8c8c' },
  awaiting_content: { label: '待写稿', color: '#d48806' },
  waiting_approval: { label: '待审核', color: '#d48806' },
  scheduled: { label: '已排期', color: '#1677ff' },
  publishing: { label: '发布中', color: '#13c2c2' },
  published: { label: '已发布', color: '#389e0d' },
  failed: { label: '失败', color: '#cf1322' },
  missed: { label: '已错过', color: '#cf1322' },
  cancelled: { label: '已取消', color: '#8c8c8c' },
}

export const entryStateOf = (state: string) => ENTRY_STATE[state] ?? { label: state, color: '#8c8c8c' }
