/** Review states of articles, videos and posters (design.md §5). Pure: no payload import. */
export const REVIEW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '审核中', en: 'In review' },
  changes_requested: { zh: '需修改', en: 'Changes requested' },
  approved: { zh: '已定稿', en: 'Approved' },
  scheduled: { zh: '已排期', en: 'Scheduled' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已归档', en: 'Archived' },
}

/** States in which the item holds an approval (a pinned version): it may be published. */
export const APPROVED_STATES: readonly ReviewState[] = ['approved', 'scheduled', 'published']

/** States in which the owner (copywriter, designer, 编导 or 内容运营) may still edit their own work. */
export const AUTHOR_EDITABLE_STATES: readonly ReviewState[] = ['draft', 'changes_requested']
