import { z } from 'zod'

const code = z.union([z.number(), z.string()]).transform(String).optional()

/** `{data:{error_code, description, ...}, extra:{error_code, ...}}`, HTTP 200 even for errors (toutiao.md §1.4). */
export const toutiaoEnvelopeSchema = z.object({
  data: z.object({ error_code: code, description: z.string().optional() }).passthrough(),
  extra: z.object({ error_code: code, description: z.string().optional() }).passthrough().optional(),
})

export const toutiaoTokenDataSchema = z.object({
  data: z.object({
    access_token: z.string().min(1),
    expires_in: z.number().positive(),
    refresh_token: z.string().min(1).optional(),
    refresh_expires_in: z.number().positive().optional(),
    open_id: z.string().min(1),
    scope: z.string().optional(),
  }),
})

export const toutiaoUploadDataSchema = z.object({
  data: z.object({ video: z.object({ video_id: z.string().min(1) }) }),
})

export const toutiaoCreateDataSchema = z.object({
  data: z.object({ item_id: z.string().min(1) }),
})

/** Counters as numbers or digit strings (Douyin-family codes and numbers may arrive as strings). */
const counter = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)])

/** `POST /toutiao/video/data/` (analytics.md §4.2): one item per known public video. */
export const toutiaoVideoDataSchema = z.object({
  data: z.object({
    list: z
      .array(
        z
          .object({
            item_id: z.string().min(1),
            statistics: z
              .object({
                play_count: counter,
                digg_count: counter,
                comment_count: counter,
                share_count: counter,
                forward_count: counter,
              })
              .passthrough(),
          })
          .passthrough(),
      )
      .default([]),
  }),
})
