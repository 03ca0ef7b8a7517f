/** What a calendar slot shows: its plan, then its delivery's progress. */
export const CALENDAR_STATE_LABELS = {
  planned: { zh: '已计划', en: 'Planned' },
  awaiting_content: { zh: '待写稿（选题占位）', en: 'Waiting for the draft' },
  waiting_approval: { zh: '待审核', en: 'Waiting for approval' },
  scheduled: { zh: '已排期', en: 'Scheduled' },
  publishing: { zh: '发布中', en: 'Publishing' },
  published: { zh: '已发布', en: 'Published' },
  missed: { zh: '已错过（审核晚于发布时间）', en: 'Missed' },
  failed: { zh: '发布失败', en: 'Failed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const
