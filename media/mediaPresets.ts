import { z } from 'zod'

/**
 * One rendition target as data. `cover` crops to exactly width:height around the focal point
 * (never upscaling: a small source gives a smaller image of the same ratio, unless `enlarge`: a
 * hand-off's pictures are saved and posted as they are, so they must have the platform's size);
 * `inside` only shrinks to fit. `maxBytes` is inclusive and written in decimal units, which is below the
 * platforms' limits whether they mean 10^6 or 2^20 bytes per MB.
 */
export type MediaPreset = {
  id: string
  label: string
  /** Where the rendition goes, with the rule it follows (shared/platforms/*.md). */
  use: string
  size: { fit: 'cover'; width: number; height: number; enlarge?: true } | { fit: 'inside'; maxWidth: number; maxHeight: number | null }
  /** 'png-or-jpeg': PNG for graphics and transparency while it fits, JPEG for photos. */
  format: 'jpeg' | 'png-or-jpeg'
  maxBytes: number
  quality: { start: number; min: number }
  /** Smallest width the compressor may shrink to when quality alone cannot meet maxBytes. */
  minWidth: number
  /** Fill for transparent pixels when the output is JPEG. */
  background: string
}

export const mediaPresetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  use: z.string().min(1),
  size: z.union([
    z.object({
      fit: z.literal('cover'),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      enlarge: z.literal(true).optional(),
    }),
    z.object({ fit: z.literal('inside'), maxWidth: z.number().int().positive(), maxHeight: z.number().int().positive().nullable() }),
  ]),
  format: z.enum(['jpeg', 'png-or-jpeg']),
  maxBytes: z.number().int().positive(),
  quality: z.object({ start: z.number().int().min(1).max(100), min: z.number().int().min(1).max(100) }),
  minWidth: z.number().int().positive(),
  background: z.string().regex(/^#[0-9a-f]{6}$/i),
}) satisfies z.ZodType<MediaPreset>

const photo = { start: 85, min: 45 }
const white = '#ffffff'

const presetList: MediaPreset[] = [
  {
    id: 'wechat-body',
    label: '微信正文图片',
    use: 'media/uploadimg: JPG/PNG, < 1 MB (wechat.md §2.1)',
    size: { fit: 'inside', maxWidth: 1080, maxHeight: null },
    format: 'png-or-jpeg',
    maxBytes: 1_000_000,
    quality: photo,
    minWidth: 480,
    background: white,
  },
  {
    id: 'wechat-cover',
    label: '微信封面 2.35:1',
    use: 'add_material type=image, cover (thumb_media_id): ≤ 10 MB; 900×383 recommended (wechat.md §2.2, §5.9)',
    size: { fit: 'cover', width: 900, height: 383 },
    format: 'jpeg',
    maxBytes: 10_000_000,
    quality: photo,
    minWidth: 450,
    background: white,
  },
  {
    id: 'wechat-cover-square',
    label: '微信封面 1:1',
    use: 'add_material type=image, 1:1 cover crop (pic_crop_1_1): ≤ 10 MB (wechat.md §2.2, §2.3)',
    size: { fit: 'cover', width: 600, height: 600 },
    format: 'jpeg',
    maxBytes: 10_000_000,
    quality: photo,
    minWidth: 300,
    background: white,
  },
  {
    id: 'wechat-thumb',
    label: '微信缩略图（thumb）',
    use: 'add_material type=thumb: JPG, ≤ 64 KB (wechat.md §2.2)',
    size: { fit: 'cover', width: 900, height: 383 },
    format: 'jpeg',
    maxBytes: 64_000,
    quality: { start: 80, min: 40 },
    minWidth: 300,
    background: white,
  },
  {
    id: 'weibo-picture',
    label: '微博配图',
    use: 'statuses/share pic: JPEG/GIF/PNG, < 5 MB (weibo.md §2.1)',
    size: { fit: 'inside', maxWidth: 2048, maxHeight: null },
    format: 'png-or-jpeg',
    maxBytes: 5_000_000,
    quality: photo,
    minWidth: 640,
    background: white,
  },
  {
    id: 'toutiao-cover',
    label: '头条封面 16:9',
    use: 'pgc_feed_covers via upload_picture; ratio and size limit UNCERTAIN (toutiao.md §2.3, §4)',
    size: { fit: 'cover', width: 1200, height: 675 },
    format: 'jpeg',
    maxBytes: 2_000_000,
    quality: photo,
    minWidth: 600,
    background: white,
  },
  {
    id: 'poster-story',
    label: '海报 竖版 1080×1920',
    use: 'poster; < 1 MB so it also fits a WeChat body image',
    size: { fit: 'cover', width: 1080, height: 1920 },
    format: 'png-or-jpeg',
    maxBytes: 1_000_000,
    quality: photo,
    minWidth: 540,
    background: white,
  },
  {
    id: 'poster-square',
    label: '海报 方形 1080×1080',
    use: 'poster; < 1 MB so it also fits a WeChat body image',
    size: { fit: 'cover', width: 1080, height: 1080 },
    format: 'png-or-jpeg',
    maxBytes: 1_000_000,
    quality: photo,
    minWidth: 540,
    background: white,
  },
  {
    id: 'poster-banner',
    label: '海报 横幅 900×383',
    use: 'poster banner (WeChat 2.35:1 header); < 1 MB',
    size: { fit: 'cover', width: 900, height: 383 },
    format: 'png-or-jpeg',
    maxBytes: 1_000_000,
    quality: photo,
    minWidth: 450,
    background: white,
  },
  {
    id: 'douyin-cover',
    label: '抖音封面 9:16',
    use: 'upload_image → custom_cover_image_url; image ≤ 20 MB (douyin.md §3.3, §3.4, the smaller reading)',
    size: { fit: 'cover', width: 1080, height: 1920 },
    format: 'jpeg',
    maxBytes: 20_000_000,
    quality: photo,
    minWidth: 540,
    background: white,
  },
  {
    id: 'douyin-image',
    label: '抖音图集图片',
    use: 'upload_image for create_image_text: ≤ 20 MB each, ≤ 30 per post (douyin.md §3.4)',
    size: { fit: 'inside', maxWidth: 1080, maxHeight: 1920 },
    format: 'png-or-jpeg',
    maxBytes: 20_000_000,
    quality: photo,
    minWidth: 480,
    background: white,
  },
  {
    id: 'xiaohongshu-note',
    label: '小红书笔记图 3:4 1080×1440',
    use: 'hand-off package: 1–18 images, 3:4 cropped around the focal point (douyin.md §7, CONFIRMED-2nd)',
    size: { fit: 'cover', width: 1080, height: 1440, enlarge: true },
    format: 'jpeg',
    maxBytes: 10_000_000,
    quality: photo,
    minWidth: 540,
    background: white,
  },
  {
    id: 'channels-cover',
    label: '视频号封面 9:16',
    use: 'hand-off package: vertical cover for a 9:16 video (douyin.md §8, UNCERTAIN)',
    size: { fit: 'cover', width: 1080, height: 1920 },
    format: 'jpeg',
    maxBytes: 10_000_000,
    quality: photo,
    minWidth: 540,
    background: white,
  },
]

export const mediaPresets: Record<string, MediaPreset> = Object.fromEntries(presetList.map((preset) => [preset.id, preset]))
