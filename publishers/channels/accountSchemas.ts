import { z } from 'zod'

/** A hand-off account needs no credentials: nothing is sent to 视频号 (douyin.md §8). */
export const channelsCredentialsSchema = z.unknown()
export const channelsSettingsSchema = z.object({})
export type ChannelsSettings = z.infer<typeof channelsSettingsSchema>
