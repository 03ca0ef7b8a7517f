import type { CollectionConfig } from 'payload'
import { titleCandidatesField } from '../../fields/titleCandidateFields'
import { isPlatformId, PLATFORM_LABELS, PLATFORMS } from '../../../lib/platforms'
import { contentAccess } from '../../access/contentAccess'
import { contentBehaviour } from '../../review/contentBehaviour'
import { contentFields, contentVersions } from '../../fields/contentFields'
import { coverField } from '../../fields/coverField'
import { optionsFrom } from '../../fields/options'
import { slugField } from '../../fields/slugField'
import { themes } from '../../../templates'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { zh: '图文', en: 'Article' }, plural: { zh: '图文', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'campaign', 'owner', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: { edit: { PublishButton: '/cms/admin/SaveButton#SaveButton', Status: '/cms/admin/ReviewBar#HeaderReviewStatus' } },
  },
  access: contentAccess({ authors: ['copywriter'], publicPage: true }),
  versions: contentVersions,
  ...contentBehaviour('articles'),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    titleCandidatesField(),
    { name: 'titleTestResults', type: 'ui', admin: { components: { Field: '/cms/admin/TitleTestResults#TitleTestResults' } } },
    slugField(),
    {
      name: 'body',
      type: 'textarea',
      label: { zh: '正文 (Markdown)', en: 'Body (Markdown)' },
      admin: { rows: 24, components: { Field: '/cms/admin/MarkdownEditor#MarkdownEditorField' } },
    },
    { name: 'digest', type: 'textarea', maxLength: 500, label: { zh: '摘要', en: 'Digest' } },
    { name: 'author', type: 'text', maxLength: 64, label: { zh: '作者署名', en: 'Byline' } },
    coverField(),
    {
      type: 'row',
      fields: [
        {
          name: 'theme',
          type: 'select',
          options: themes.map((t) => ({ value: t.id, label: t.name })),
          label: { zh: '公众号排版主题', en: 'WeChat theme' },
          admin: { description: { zh: '留空则用账号默认主题', en: "Empty: the account's default" } },
        },
        { name: 'hashtags', type: 'text', hasMany: true, maxRows: 5, label: { zh: '微博话题', en: 'Weibo hashtags' } },
      ],
    },
    {
      name: 'variants',
      type: 'array',
      // One variant per platform; more rows would only multiply what every save scans and stores.
      maxRows: PLATFORMS.length,
      validate: (rows: unknown) => {
        const platforms = (Array.isArray(rows) ? rows : []).map((row: { platform?: unknown }) => row?.platform)
        const twice = platforms.find((platform, index) => platform && platforms.indexOf(platform) !== index)
        return isPlatformId(twice) ? `每个平台只能有一条改写：「${PLATFORM_LABELS[twice].zh}」出现了两次，请删掉一条。` : true
      },
      label: { zh: '分平台改写', en: 'Per-platform variants' },
      labels: { singular: { zh: '改写', en: 'Variant' }, plural: { zh: '改写', en: 'Variants' } },
      fields: [
        { name: 'platform', type: 'select', required: true, options: optionsFrom(PLATFORM_LABELS), label: { zh: '平台', en: 'Platform' } },
        { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
        { name: 'digest', type: 'textarea', label: { zh: '摘要', en: 'Digest' } },
        { name: 'body', type: 'textarea', label: { zh: '正文', en: 'Body' } },
      ],
    },
    ...contentFields(),
    { name: 'itemResults', type: 'ui', admin: { components: { Field: '/cms/admin/ItemResults#ItemResults' } } },
  ],
}
