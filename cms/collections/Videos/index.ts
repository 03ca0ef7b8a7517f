import type { CollectionConfig } from 'payload'
import { topicsField } from '../../fields/topicsField'
import { titleCandidatesField } from '../../fields/titleCandidateFields'
import { contentAccess } from '../../access/contentAccess'
import { contentBehaviour } from '../../review/contentBehaviour'
import { contentFields, contentVersions } from '../../fields/contentFields'
import { coverField } from '../../fields/coverField'

export const VIDEO_STAGE_LABELS = {
  script: { zh: '脚本', en: 'Script' },
  rough_cut: { zh: '粗剪', en: 'Rough cut' },
  final_cut: { zh: '精剪', en: 'Final cut' },
} as const

export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: { zh: '视频', en: 'Video' }, plural: { zh: '视频', en: 'Videos' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'campaign', 'owner', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: { edit: { PublishButton: '/cms/admin/SaveButton#SaveButton', Status: '/cms/admin/ReviewBar#HeaderReviewStatus' } },
  },
  access: contentAccess({ authors: ['designer', 'video_producer'], publicPage: false }),
  versions: contentVersions,
  ...contentBehaviour('videos'),
  fields: [
    // 平台限制 live as the video is written (title, description with topics, topics; the shape, e.g. 视频号 竖屏 9:16), from the profiles.
    {
      name: 'platformLimits',
      type: 'ui',
      admin: { components: { Field: { path: '/cms/admin/TargetLimits#TargetLimits', clientProps: { bodyField: 'description' } } } },
    },
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    titleCandidatesField(),
    { name: 'titleTestResults', type: 'ui', admin: { components: { Field: '/cms/admin/TitleTestResults#TitleTestResults' } } },
    { name: 'description', type: 'textarea', maxLength: 2000, label: { zh: '简介', en: 'Description' } },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '视频文件', en: 'Video file' },
      filterOptions: { mimeType: { contains: 'video/' } },
    },
    topicsField(),
    coverField(),
    {
      name: 'stage',
      type: 'select',
      defaultValue: 'script',
      options: Object.entries(VIDEO_STAGE_LABELS).map(([value, label]) => ({ value, label })),
      label: { zh: '制作阶段', en: 'Production stage' },
      admin: { position: 'sidebar' },
    },
    {
      // 分镜脚本: the 编导's shot list, one row per shot.
      name: 'script',
      type: 'array',
      label: { zh: '分镜脚本', en: 'Shot list' },
      labels: { singular: { zh: '镜头', en: 'Shot' }, plural: { zh: '镜头', en: 'Shots' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'scene', type: 'text', maxLength: 80, label: { zh: '场景', en: 'Scene' } },
            { name: 'shot', type: 'text', maxLength: 80, label: { zh: '景别/镜头', en: 'Shot' } },
            { name: 'duration', type: 'number', min: 0, max: 3600, label: { zh: '时长（秒）', en: 'Duration (s)' } },
          ],
        },
        { name: 'line', type: 'textarea', maxLength: 1000, label: { zh: '台词/旁白', en: 'Line' } },
      ],
    },
    ...contentFields(),
    { name: 'itemResults', type: 'ui', admin: { components: { Field: '/cms/admin/ItemResults#ItemResults' } } },
    // Teammates' comments on the script and the cuts (the designer and the copywriter on a 编导's video).
    { name: 'commentsPanel', type: 'ui', admin: { components: { Field: '/cms/admin/Comments#CommentsPanel' } } },
  ],
}
