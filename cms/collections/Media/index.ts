import type { CollectionConfig } from 'payload'
import { env } from '../../../lib/env'
import { editorialOrOwn, fieldNobody, hasAnyRole, isAdmin } from '../../access/predicates'
import { ownerField } from '../../fields/ownerField'
import { enforceUploadLimits } from './hooks/enforceUploadLimits'
import { MAX_IMAGE_PIXELS } from './limits'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '素材', en: 'Media' }, plural: { zh: '素材库', en: 'Media' } },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'owner'],
    group: { zh: '内容', en: 'Content' },
  },
  access: {
    create: hasAnyRole('admin', 'editor', 'designer'),
    // Visitors of the public site see only files used by published items (flagged when they go out).
    read: ({ req }) => (req.user ? true : { public: { equals: true } }),
    update: editorialOrOwn({ authors: ['designer'], field: 'owner' }),
    delete: isAdmin,
  },
  hooks: { beforeOperation: [enforceUploadLimits] },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime', 'video/webm'],
    focalPoint: true,
    crop: true,
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' },
    imageSizes: [{ name: 'thumbnail', width: 400, height: 300, position: 'centre', withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
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
  ],
}
