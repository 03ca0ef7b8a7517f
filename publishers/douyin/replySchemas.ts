import { z } from 'zod'
import { bytedanceNumber } from '../core/bytedance/replySchemas'

/** Replies of the `/api/douyin/v1/` calls, past the `data.error_code` envelope (douyin.md §3, analytics.md §4.2). */

const uploadedVideo = z.object({ video_id: z.string().min(1), width: bytedanceNumber.optional(), height: bytedanceNumber.optional() })

export const douyinUploadVideoSchema = z.object({ data: z.object({ video: uploadedVideo }) })

export const douyinInitPartUploadSchema = z.object({ data: z.object({ upload_id: z.string().min(1) }) })

export const douyinEmptyDataSchema = z.object({ data: z.object({}).passthrough() })

export const douyinItemSchema = z.object({ data: z.object({ item_id: z.string().min(1) }) })

export const douyinUploadImageSchema = z.object({
  data: z.object({
    image: z.object({ image_id: z.string().min(1), width: bytedanceNumber.optional(), height: bytedanceNumber.optional() }),
  }),
})

/** `VIDEO` of video_list / video_data: `video_status` 1 公开, 2 不适宜公开, 4 审核中, 5 公开, 6 好友可见, 7 私密. */
export const douyinVideoSchema = z
  .object({
    item_id: z.string().min(1),
    title: z.string().optional(),
    create_time: bytedanceNumber.optional(),
    is_reviewed: z.boolean().optional(),
    video_status: bytedanceNumber.optional(),
    share_url: z.string().optional(),
    media_type: bytedanceNumber.optional(),
    statistics: z
      .object({
        play_count: bytedanceNumber.optional(),
        digg_count: bytedanceNumber.optional(),
        comment_count: bytedanceNumber.optional(),
        share_count: bytedanceNumber.optional(),
        forward_count: bytedanceNumber.optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough()
export type DouyinVideo = z.infer<typeof douyinVideoSchema>

export const douyinVideoListSchema = z.object({
  data: z.object({
    cursor: bytedanceNumber.optional(),
    has_more: z.boolean().optional(),
    list: z
      .array(douyinVideoSchema)
      .nullish()
      .transform((list) => list ?? []),
  }),
})

export const douyinVideoDataSchema = z.object({
  data: z.object({
    list: z
      .array(douyinVideoSchema)
      .nullish()
      .transform((list) => list ?? []),
  }),
})

/** `/open/getticket/` (douyin.md §6; field names UNCERTAIN). */
export const douyinTicketSchema = z.object({ data: z.object({ ticket: z.string().min(1), expires_in: bytedanceNumber.optional() }) })
