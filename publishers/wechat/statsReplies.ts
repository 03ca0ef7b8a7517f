import { z } from 'zod'

/** The datacube reports we read and their longest span per call (analytics.md §2.2, §2.4). */
export const DATACUBE_REPORTS = {
  // 1 day per call: the publish date, begin = end.
  articleTotals: { name: 'getarticletotaldetail', maxDays: 1 },
  // UNCERTAIN span (1 or 30 days): the safe reading, one day per call.
  articleReads: { name: 'getarticleread', maxDays: 1 },
  articleShares: { name: 'getarticleshare', maxDays: 1 },
  accountContent: { name: 'getbizsummary', maxDays: 30 },
  followerChanges: { name: 'getusersummary', maxDays: 7 },
  followerTotals: { name: 'getusercumulate', maxDays: 7 },
} as const

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const count = z.number()

const readSourcesSchema = z.array(z.object({ user_count: count, scene_desc: z.string() })).default([])

/** `is_delay` is on the 发表内容 family only; absent elsewhere means final. */
const isDelay = z.boolean().default(false)

/** One stat_date of one article: the totals since publication as of that day. */
export const articleTotalsRowSchema = z.object({
  stat_date: day,
  read_user: count.optional(),
  read_user_source: readSourcesSchema,
  share_user: count.optional(),
  zaikan_user: count.optional(),
  like_user: count.optional(),
  comment_count: count.optional(),
  collection_user: count.optional(),
  read_finish_rate: count.optional(),
})
export type ArticleTotalsRow = z.infer<typeof articleTotalsRowSchema>

/** `publish_type` 0/1 documented, 2 seen in the wild (analytics.md §2.2): any integer. */
export const articleTotalsReplySchema = z.object({
  list: z
    .array(
      z.object({
        ref_date: day,
        msgid: z.string().min(1),
        publish_type: z.number().int().optional(),
        detail_list: z.array(articleTotalsRowSchema).default([]),
      }),
    )
    .default([]),
  is_delay: isDelay,
})

export const articleReadsReplySchema = z.object({
  list: z.array(z.object({ ref_date: day, msgid: z.string().min(1), detail: z.object({ read_user: count }) })).default([]),
  is_delay: isDelay,
})

export const articleSharesReplySchema = z.object({
  list: z.array(z.object({ ref_date: day, msgid: z.string().min(1), detail: z.object({ share_user: count }) })).default([]),
  is_delay: isDelay,
})

export const accountContentReplySchema = z.object({
  list: z
    .array(z.object({ ref_date: day, detail: z.object({ read_user: count.optional(), share_user: count.optional() }).passthrough() }))
    .default([]),
  is_delay: isDelay,
})

/** One row per date per source (analytics.md §2.4). */
export const followerChangesReplySchema = z.object({
  list: z.array(z.object({ ref_date: day, user_source: z.number().int().optional(), new_user: count, cancel_user: count })).default([]),
  is_delay: isDelay,
})

export const followerTotalsReplySchema = z.object({
  list: z.array(z.object({ ref_date: day, cumulate_user: count })).default([]),
  is_delay: isDelay,
})

/** The read source that counts the followers who opened the push (打开率's numerator). */
export const PUSH_READ_SCENE = '公众号消息'
