import { z } from 'zod'

/** Success often carries no errcode at all; errors always do (wechat.md §3). */
export const wechatEnvelopeSchema = z
  .object({
    errcode: z.number().optional(),
    errmsg: z.string().optional(),
  })
  .passthrough()

export const stableTokenReplySchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
})

/** The real host answers http://mmbiz.qpic.cn/...; https is accepted too. */
export const uploadImageReplySchema = z.object({
  url: z.string().regex(/^https?:\/\//),
})

export const addMaterialReplySchema = z.object({
  media_id: z.string().min(1),
  url: z.string().optional(),
})

export const addDraftReplySchema = z.object({
  media_id: z.string().min(1).max(128),
})

const idString = z.union([z.string().min(1), z.number()]).transform(String)

export const submitPublishReplySchema = z.object({
  publish_id: idString,
  msg_data_id: idString.optional(),
})

export const publishStatusReplySchema = z.object({
  publish_id: idString,
  publish_status: z.number().int(),
  article_id: z.string().optional(),
  article_detail: z
    .object({
      count: z.number(),
      item: z.array(z.object({ idx: z.number(), article_url: z.string() })),
    })
    .optional(),
  fail_idx: z.array(z.number()).optional(),
})
export type WechatPublishStatus = z.infer<typeof publishStatusReplySchema>

export const publishedListReplySchema = z.object({
  total_count: z.number(),
  item_count: z.number(),
})

/** sendall/send: `msg_data_id` only for mpnews (wechat.md §9.4); ids arrive as numbers, kept as strings. */
export const massSendReplySchema = z.object({
  msg_id: idString,
  msg_data_id: idString.optional(),
})
export type WechatMassSendReply = z.infer<typeof massSendReplySchema>

/** 45065 carries the existing job's `msg_id` (wechat.md §9.8). */
export const duplicateMassSendSchema = z.object({ errcode: z.literal(45065), msg_id: idString })

export const massPreviewReplySchema = z.object({ msg_id: idString.optional() })

export const WECHAT_MASS_STATUSES = ['SEND_SUCCESS', 'SENDING', 'SEND_FAIL', 'DELETE'] as const

/** Unknown statuses are kept as text so the caller can say so instead of failing to parse. */
export const massStatusReplySchema = z.object({
  msg_id: idString.optional(),
  msg_status: z.string().min(1),
})
export type WechatMassStatus = z.infer<typeof massStatusReplySchema>
