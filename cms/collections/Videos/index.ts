import type { CollectionConfig } from 'payload'
import { titleCandidatesField } from '../../fields/titleCandidateFields'
import { contentAccess } from '../../access/contentAccess'
import { contentBehaviour } from '../../review/contentBehaviour'
import { contentFields, contentVersions } from '../../fields/contentFields'
import { coverField } from '../../fields/coverField'

export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: { zh: '视频', en: 'Video' }, plural: { zh: '视频', en: 'Videos' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'campaign', 'owner', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: { edit: { PublishButton: '/cms/admin/SaveButton#SaveButton', Status: '/cms/admin/ReviewBar#HeaderReviewStatus' } },
  },
  access: contentAccess({ authors: ['designer'], publicPage: false }),
  versions: contentVersions,
  ...contentBehaviour('videos'),
  fields: [
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
    coverField(),
    ...contentFields(),
    { name: 'itemResults', type: 'ui', admin: { components: { Field: '/cms/admin/ItemResults#ItemResults' } } },
  ],
}
