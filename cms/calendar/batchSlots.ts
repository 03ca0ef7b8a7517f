import { z } from 'zod'
import { PUSH_MODES, type PushMode } from '../../lib/platforms'
import { CONTENT_SLUGS } from '../content'
import { MAX_TITLE_CANDIDATES } from '../fields/titleCandidateFields'

/** An id as a form sends it: a number, or the same number as text ("10"). */
const id = z.union([z.number().int().positive(), z.string().trim().min(1).max(64)], {
  errorMap: () => ({ message: 'id 应为数字（或数字字符串）。' }),
})

const TITLE_VARIANT_MESSAGE = `标题序号应为 1 到 ${MAX_TITLE_CANDIDATES + 1} 的整数。`

const slot = z.object({
  account: id,
  publishAt: z.string().min(1, '每个排期都要有发布时间。'),
  mode: z.enum(PUSH_MODES as [PushMode, ...PushMode[]]).optional(),
  bundle: z.array(id).max(7, '次条最多 7 篇。').optional(),
  // Title tests: 1 is the item's own title, 2.. its candidates.
  titleVariant: z
    .number({ invalid_type_error: TITLE_VARIANT_MESSAGE })
    .int(TITLE_VARIANT_MESSAGE)
    .min(1, TITLE_VARIANT_MESSAGE)
    .max(MAX_TITLE_CANDIDATES + 1, TITLE_VARIANT_MESSAGE)
    .optional(),
})

/** POST /api/calendar-entries/batch: one item, several accounts each at its own time. */
export const batchBody = z.object({
  content: z.object({
    relationTo: z.enum(CONTENT_SLUGS, { errorMap: () => ({ message: '内容类型应为图文、视频、海报或笔记。' }) }),
    value: id,
  }),
  campaign: id.nullish(),
  title: z.string().max(200, '排期说明最多 200 个字。').optional(),
  slots: z.array(slot).min(1, '至少选择一个发布账号。').max(20, '一次最多创建 20 个排期。'),
})
export type BatchBody = z.infer<typeof batchBody>
export type BatchError = { message: string; slot?: number }

/** The entry a slot creates, as the single create would receive it. */
export function entryDataOf(body: BatchBody, index: number): Record<string, unknown> {
  const slotAt = body.slots[index]
  return {
    content: body.content,
    account: slotAt.account,
    publishAt: slotAt.publishAt,
    // The default, which the type requires; planEntry sets the entry's real state.
    state: 'planned',
    ...(body.campaign === undefined || body.campaign === null ? {} : { campaign: body.campaign }),
    ...(body.title ? { title: body.title } : {}),
    ...(slotAt.mode ? { mode: slotAt.mode } : {}),
    ...(slotAt.bundle ? { bundle: slotAt.bundle } : {}),
    ...(slotAt.titleVariant && slotAt.titleVariant > 1 ? { titleVariant: slotAt.titleVariant } : {}),
  }
}

/** A slot's problem named by its account: 「公众号」：… (or 第 N 个排期 when the account is unknown). */
export function slotError(args: { index: number; accountName: string | null; message: string }): BatchError {
  const who = args.accountName ? `「${args.accountName}」` : `第 ${args.index + 1} 个排期`
  return { slot: args.index, message: `${who}：${args.message}` }
}
