import { assertNoBlockingIssues } from '../core/issues'
import { capabilitiesOf } from '../core/publisher'
import type { Publisher } from '../core/publisher'
import type { HandoffPackage } from '../core/types'
import { handoffCover, handoffVideo } from '../core/handoffMedia'
import { bodyWithTopics, plainTopics } from '../core/topics'
import { channelsCredentialsSchema, channelsSettingsSchema } from './accountSchemas'
import type { ChannelsSettings } from './accountSchemas'
import { CHANNELS_POST_URL } from './config'
import { validateChannels } from './validate'

const CHECKLIST: readonly string[] = [
  '保存视频（和封面）到电脑或手机',
  '打开视频号助手（channels.weixin.qq.com）→「发表视频」，上传这个视频',
  '复制描述（已带话题），粘贴到「视频描述」；确认话题变成了话题标签',
  '复制短标题，粘贴到「短标题」（不超过 22 字）',
  '在「封面」里上传保存的封面图',
  '点「发表」；发表后复制视频链接，粘贴回这里，点「确认已发布」',
]

/**
 * 视频号 has no posting API (douyin.md §8): publish() prepares the hand-off package (the video as
 * uploaded, its cover, the short title, the description with `#话题`, a checklist) and answers
 * `awaiting_operator`; the operator uploads in 视频号助手 and pastes the link back. No network call.
 */
export function createChannelsPublisher(): Publisher<ChannelsSettings> {
  return {
    id: 'channels-assisted',
    capabilities: capabilitiesOf({ publisher: 'channels-assisted', backOfficeUrl: CHANNELS_POST_URL }),
    settingsSchema: channelsSettingsSchema,
    credentialsSchema: channelsCredentialsSchema,
    validate: validateChannels,
    async publish({ request, ctx }) {
      assertNoBlockingIssues({ issues: validateChannels({ request }), platform: 'channels' })
      const topics = plainTopics(request.topics)
      const cover = handoffCover(request)
      const handoff: HandoffPackage = {
        platform: 'channels',
        title: request.title.trim(),
        body: bodyWithTopics({ body: request.body, topics }),
        topics,
        media: handoffVideo(request),
        ...(cover ? { cover } : {}),
        checklist: CHECKLIST,
        openUrl: CHANNELS_POST_URL,
      }
      ctx.logger.info({ deliveryId: request.deliveryId }, 'channels hand-off package prepared')
      return {
        state: 'awaiting_operator',
        handoff,
        remoteIds: ctx.remoteIds,
        message:
          '视频号没有公开的发布接口：发布包已准备好（视频、封面、短标题、描述和话题），请运营在视频号助手发表，再把视频链接粘贴回来。',
      }
    },
  }
}
