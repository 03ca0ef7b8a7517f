import { z } from 'zod'

export const REVIEW_POINT_KINDS = ['guaranteed-return', 'medical-claim', 'superlative', 'missing-product-info', 'other'] as const
export type ReviewPointKind = (typeof REVIEW_POINT_KINDS)[number]

export const REVIEW_KIND_LABELS: Record<ReviewPointKind, string> = {
  'guaranteed-return': '收益承诺',
  'medical-claim': '功效承诺',
  superlative: '变相绝对化用语',
  'missing-product-info': '缺少产地/材质',
  other: '其他风险',
}

/** The model's answer, checked: an unknown kind reads as `other`, a missing field as empty. */
export const modelReviewSchema = z.object({
  points: z
    .array(
      z.object({
        kind: z.enum(REVIEW_POINT_KINDS).catch('other'),
        quote: z.string().max(500).catch(''),
        reason: z.string().max(1000),
        suggestion: z.string().max(1000).catch(''),
      }),
    )
    .max(50),
})
export type ModelReview = z.infer<typeof modelReviewSchema>
