import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access/contentAccess'
import { contentBehaviour } from '../../review/contentBehaviour'
import { contentFields, contentVersions } from '../../fields/contentFields'

export const POSTER_SIZES = {
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
    components: { edit: { PublishButton: '/cms/admin/SaveButton#SaveButton' } },
  },
  access: contentAccess({ authors: ['designer'], publicPage: false }),
  versions: contentVersions,
  ...contentBehaviour('posters'),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '海报主图', en: 'Poster image' },
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    { name: 'copy', type: 'textarea', maxLength: 1000, label: { zh: '海报文案', en: 'Copy' } },
    {
      name: 'sizes',
      type: 'array',
      label: { zh: '尺寸版本', en: 'Renditions' },
      fields: [
        {
          name: 'size',
          type: 'select',
          required: true,
          options: Object.entries(POSTER_SIZES).map(([value, label]) => ({ value, label })),
          label: { zh: '尺寸', en: 'Size' },
        },
        { name: 'image', type: 'upload', relationTo: 'media', label: { zh: '图片', en: 'Image' } },
      ],
    },
    ...contentFields(),
  ],
}
