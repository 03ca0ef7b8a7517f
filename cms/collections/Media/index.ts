import type { CollectionConfig } from 'payload'
import { env } from '../../../lib/env'
import { editorialOrOwn, fieldNobody, hasAnyRole, isAdmin } from '../../access/predicates'
import { imageFindingsEndpoint } from '../../compliance/imageFindingsEndpoint'
import { ownerField } from '../../fields/ownerField'
import { enforceUploadLimits } from './hooks/enforceUploadLimits'
import { markTextRecognition } from './hooks/markTextRecognition'
import { queueTextRecognition } from './hooks/queueTextRecognition'
import { MAX_IMAGE_PIXELS, MEDIA_MIME_TYPES } from './limits'
import { uploadFieldLabels } from './uploadFieldLabels'
import { missingFileHandler } from './missingFileHandler'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '素材', en: 'Media' }, plural: { zh: '素材库', en: 'Media' } },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'owner'],
    group: { zh: '内容', en: 'Content' },
  },
  access: {
    // Copywriters paste and drop images into their articles (the editor uploads them here).
    create: hasAnyRole('admin', 'editor', 'designer', 'copywriter', 'video_producer', 'operator'),
    // Visitors of the public site see only files used by published items (flagged when they go out).
    read: ({ req }) => (req.user ? true : { public: { equals: true } }),
    update: editorialOrOwn({ authors: ['designer', 'copywriter', 'video_producer', 'operator'], field: 'owner' }),
    delete: isAdmin,
  },
  endpoints: [imageFindingsEndpoint],
  hooks: {
    beforeOperation: [enforceUploadLimits],
    beforeChange: [markTextRecognition],
    afterChange: [queueTextRecognition],
  },
  upload: {
    staticDir: env.mediaDir,
    handlers: [missingFileHandler(env.mediaDir)],
    mimeTypes: [...MEDIA_MIME_TYPES],
    focalPoint: true,
    crop: true,
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' },
    imageSizes: [{ name: 'thumbnail', width: 400, height: 300, position: 'centre', withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    ...uploadFieldLabels,
    { name: 'alt', type: 'text', maxLength: 300, label: { zh: '替代文字', en: 'Alt text' } },
    ownerField({ label: { zh: '上传者', en: 'Uploaded by' } }),
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { zh: '已公开（用于已发布内容）', en: 'Public (used by published content)' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    // The image with a box over each word read in it (the `ocr` group below holds the data).
    { name: 'ocrPreview', type: 'ui', admin: { components: { Field: '/cms/admin/ImageFindings#ImageFindings' } } },
    {
      // Text found inside the image by the worker's OCR, with the lexicon's findings and their boxes.
      name: 'ocr',
      type: 'group',
      label: { zh: '图中文字检测', en: 'Text in the image' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true },
      fields: [
        {
          name: 'status',
          type: 'select',
          options: [
            { value: 'pending', label: { zh: '等待识别', en: 'Pending' } },
            { value: 'done', label: { zh: '已识别', en: 'Done' } },
            { value: 'failed', label: { zh: '识别失败', en: 'Failed' } },
            { value: 'skipped', label: { zh: '无需识别', en: 'Skipped' } },
          ],
          index: true,
          label: { zh: '状态', en: 'Status' },
        },
        { name: 'hash', type: 'text', index: true, label: { zh: '图片指纹', en: 'Image hash' }, admin: { hidden: true } },
        { name: 'text', type: 'textarea', label: { zh: '识别出的文字', en: 'Recognised text' } },
        { name: 'findings', type: 'json', label: { zh: '敏感词（含位置）', en: 'Findings with boxes' } },
        { name: 'checkedAt', type: 'date', label: { zh: '识别时间', en: 'Checked at' } },
      ],
    },
  ],
}
