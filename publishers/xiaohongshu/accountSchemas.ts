import { z } from 'zod'

/** A hand-off account needs no credentials: nothing is sent to 小红书 (douyin.md §7). */
export const xiaohongshuCredentialsSchema = z.unknown()
export const xiaohongshuSettingsSchema = z.object({})
export type XiaohongshuSettings = z.infer<typeof xiaohongshuSettingsSchema>
