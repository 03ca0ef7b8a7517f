import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access/contentAccess'
import { contentBehaviour } from '../../review/contentBehaviour'
import { contentFields, contentVersions } from '../../fields/contentFields'
import { POSTER_TEMPLATES } from '../../../templates/posters'
import { renderSizes } from './endpoints/renderSizes'

const POSTER_SIZE_LABELS = {
  story: { zh: '竖版 1080×1920', en: 'Story 1080×1920' },
  square: { zh: '方图 1080×1080', en: 'Square 1080×1080' },
  banner: { zh: '横幅 900×383', en: 'Banner 900×383' },
} as const

export const Posters: CollectionConfig = {
  slug: 'posters',
  labels: { singular: { zh: '海报', en: 'Poster' }, plural: { zh: '海报', en: 'Posters' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'campaign', 'owner', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: { edit: { PublishButton: '/cms/admin/SaveButton#SaveButton', Status: '/cms/admin/ReviewBar#HeaderReviewStatus' } },
  },
  access: contentAccess({ authors: ['designer'], publicPage: false }),
  versions: contentVersions,
  ...contentBehaviour('posters', [renderSizes]),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '海报主图', en: 'Poster image' },
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'template',
          type: 'select',
          options: POSTER_TEMPLATES.map((t) => ({ value: t.id, label: t.name })),
          label: { zh: '海报模板', en: 'Template' },
        },
        { name: 'headline', type: 'text', maxLength: 40, label: { zh: '主标题', en: 'Headline' } },
      ],
    },
    { name: 'copy', type: 'textarea', maxLength: 1000, label: { zh: '海报文案', en: 'Copy' } },
    { name: 'renderSizesButton', type: 'ui', admin: { components: { Field: '/cms/admin/PosterSizesButton#PosterSizesButton' } } },
    {
      name: 'sizes',
      type: 'array',
      label: { zh: '尺寸版本', en: 'Renditions' },
      fields: [
        {
          name: 'size',
          type: 'select',
          required: true,
          options: Object.entries(POSTER_SIZE_LABELS).map(([value, label]) => ({ value, label })),
          label: { zh: '尺寸', en: 'Size' },
        },
        { name: 'image', type: 'upload', relationTo: 'media', label: { zh: '图片', en: 'Image' } },
      ],
    },
    ...contentFields(),
    { name: 'itemResults', type: 'ui', admin: { components: { Field: '/cms/admin/ItemResults#ItemResults' } } },
  ],
}
