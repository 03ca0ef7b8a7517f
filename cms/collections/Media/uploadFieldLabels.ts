import type { Field } from 'payload'

/**
 * Chinese labels for the fields Payload adds to every upload (its own say "MIME Type", "URL",
 * "Thumbnail URL" in every language, and a size's group is labelled with its code name). Payload
 * merges these into its own by name, so nothing about the stored data changes.
 */
const fileFields = (): Field[] => [
  { name: 'url', type: 'text', label: { zh: '文件地址', en: 'URL' } },
  { name: 'mimeType', type: 'text', label: { zh: '文件类型', en: 'MIME type' } },
  {
    name: 'filesize',
    type: 'number',
    label: { zh: '文件大小', en: 'File size' },
    admin: { components: { Cell: '/cms/collections/Media/FileSizeCell#FileSizeCell' } },
  },
]

export const uploadFieldLabels: Field[] = [
  ...fileFields(),
  { name: 'thumbnailURL', type: 'text', label: { zh: '缩略图地址', en: 'Thumbnail URL' } },
  {
    name: 'sizes',
    type: 'group',
    label: { zh: '其他尺寸', en: 'Sizes' },
    fields: [{ name: 'thumbnail', type: 'group', label: { zh: '缩略图（400×300）', en: 'Thumbnail (400×300)' }, fields: fileFields() }],
  },
]
