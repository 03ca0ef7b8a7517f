import type { CollectionConfig } from 'payload'
import { topicsField } from '../../fields/topicsField'
import { contentAccess } from '../../access/contentAccess'
import { contentBehaviour } from '../../review/contentBehaviour'
import { contentFields, contentVersions } from '../../fields/contentFields'

/**
 * 图文笔记: the 小红书-style note (also a Douyin 图集). Title, body, images in the order the audience
 * swipes them, topics. Each target platform's own limits (小红书: title 20, body 1,000, 1–18 images,
 * 10 topics) are checked against its profile when the note is submitted and scheduled.
 */
export const Notes: CollectionConfig = {
  slug: 'notes',
  labels: { singular: { zh: '图文笔记', en: 'Note' }, plural: { zh: '图文笔记', en: 'Notes' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'campaign', 'owner', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: { edit: { PublishButton: '/cms/admin/SaveButton#SaveButton', Status: '/cms/admin/ReviewBar#HeaderReviewStatus' } },
  },
  access: contentAccess({ authors: ['copywriter', 'designer', 'operator'], publicPage: false }),
  versions: contentVersions,
  ...contentBehaviour('notes'),
  fields: [
    // 平台限制 live as the note is written: each target platform's title/body/image/topic limits from its profile.
    { name: 'platformLimits', type: 'ui', admin: { components: { Field: '/cms/admin/TargetLimits#TargetLimits' } } },
    { name: 'title', type: 'text', required: true, maxLength: 100, label: { zh: '标题', en: 'Title' } },
    { name: 'body', type: 'textarea', maxLength: 5000, label: { zh: '正文', en: 'Body' } },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      maxRows: 30,
      label: { zh: '图片（按顺序）', en: 'Images (in order)' },
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    topicsField(),
    ...contentFields(),
    { name: 'itemResults', type: 'ui', admin: { components: { Field: '/cms/admin/ItemResults#ItemResults' } } },
    // Teammates' comments (collection `comments`), read and added here.
    { name: 'commentsPanel', type: 'ui', admin: { components: { Field: '/cms/admin/Comments#CommentsPanel' } } },
  ],
}
