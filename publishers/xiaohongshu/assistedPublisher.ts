import { assertNoBlockingIssues } from '../core/issues'
import { capabilitiesOf } from '../core/publisher'
import type { Publisher } from '../core/publisher'
import type { HandoffPackage, PublishRequest } from '../core/types'
import { xiaohongshuCredentialsSchema, xiaohongshuSettingsSchema } from './accountSchemas'
import type { XiaohongshuSettings } from './accountSchemas'
import { XIAOHONGSHU_CREATOR_URL } from './config'
import { handoffCover, handoffImages, handoffVideo } from '../core/handoffMedia'
import { bodyWithTopics, plainTopics } from '../core/topics'
import { validateXiaohongshu } from './validate'

/** The operator's steps for a note (`mediaCount` pictures) or a video, ending with pasting the link back. */
export function xiaohongshuChecklist(args: { contentKind: PublishRequest<unknown>['contentKind']; mediaCount: number }): string[] {
  const { mediaCount } = args
  const media =
    args.contentKind === 'video'
      ? ['保存视频（和封面）到手机相册', '打开小红书，点底部「＋」，选择这个视频，封面选保存的封面图']
      : [`按编号顺序保存这 ${mediaCount} 张图片到手机相册（01 是封面）`, '打开小红书，点底部「＋」，按编号顺序选中这些图片']
  return [
    ...media,
    '复制标题，粘贴到「填写标题」（不超过 20 字）',
    '复制正文（已带话题），粘贴到正文；确认每个话题都变成了话题标签，没变的在正文里重新选一次',
    '检查无误后点「发布笔记」',
    '发布后点笔记右上角「分享 → 复制链接」，把链接粘贴回这里，点「确认已发布」',
  ]
}

/**
 * 小红书 has no posting API for ordinary accounts (douyin.md §7): publish() prepares the hand-off package
 * (title, the text with `#话题`, the pictures 3:4 at 1080×1440 in order, or the video and its cover, a
 * checklist) and answers `awaiting_operator`; the operator posts from the phone and pastes the link back.
 * No network call.
 */
export function createXiaohongshuPublisher(): Publisher<XiaohongshuSettings> {
  return {
    id: 'xiaohongshu-assisted',
    capabilities: capabilitiesOf({ publisher: 'xiaohongshu-assisted', backOfficeUrl: XIAOHONGSHU_CREATOR_URL }),
    settingsSchema: xiaohongshuSettingsSchema,
    credentialsSchema: xiaohongshuCredentialsSchema,
    validate: validateXiaohongshu,
    async publish({ request, ctx }) {
      assertNoBlockingIssues({ issues: validateXiaohongshu({ request }), platform: 'xiaohongshu' })
      const topics = plainTopics(request.topics)
      const media = request.contentKind === 'video' ? handoffVideo(request) : await handoffImages({ request, ctx })
      const cover = request.contentKind === 'video' ? handoffCover(request) : undefined
      const handoff: HandoffPackage = {
        platform: 'xiaohongshu',
        title: request.title.trim(),
        body: bodyWithTopics({ body: request.body, topics }),
        topics,
        media,
        ...(cover ? { cover } : {}),
        checklist: xiaohongshuChecklist({ contentKind: request.contentKind, mediaCount: media.length }),
        openUrl: XIAOHONGSHU_CREATOR_URL,
      }
      ctx.logger.info({ deliveryId: request.deliveryId, media: media.length }, 'xiaohongshu hand-off package prepared')
      return {
        state: 'awaiting_operator',
        handoff,
        remoteIds: ctx.remoteIds,
        message:
          '小红书没有公开的发布接口：发布包已准备好（标题、正文和话题、按顺序编号的图片），请运营在手机上发布，再把笔记链接粘贴回来。',
      }
    },
  }
}
