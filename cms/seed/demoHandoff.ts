import { XIAOHONGSHU_CREATOR_URL, xiaohongshuChecklist } from '../../publishers'
import type { MatrixAccount } from './demoMatrixAccounts'

type Id = string | number
export type PackageMedia = {
  kind: 'image' | 'video'
  position: number
  url: string
  filename: string
  contentType: string
  width?: number
  height?: number
  /** What the download prepares the file from: the library file (cms/delivery/storedHandoffPackage.ts). */
  source: { kind: 'media'; id: string }
}
/** A delivery's `package` as the hand-off plumbing stores it (contracts: the HandoffPackage plus a download url per file). */
export type StoredPackage = {
  platform: MatrixAccount['platform']
  title: string
  body: string
  topics: string[]
  media: PackageMedia[]
  cover?: PackageMedia
  checklist: string[]
  openUrl?: string
}

/**
 * The 小红书 package of a note as the 小红书 publisher and the hand-off plumbing leave it: title, body
 * with the #topics on its last line, the images in posting order (each cut 3:4 at 1080×1440 around
 * its focal point when downloaded), the steps, and the creator page to open.
 */
export function notePackage(args: {
  deliveryId: Id
  note: { title: string; body: string; topics: readonly string[] }
  /** The library file names of the note's images, in order. */
  files: readonly string[]
}): StoredPackage {
  const { deliveryId, note, files } = args
  const media = files.map((file, index): PackageMedia => ({
    kind: 'image',
    position: index + 1,
    url: `/api/deliveries/${encodeURIComponent(String(deliveryId))}/package/media/${index + 1}`,
    filename: `${String(index + 1).padStart(2, '0')}-${file}`,
    contentType: 'image/jpeg',
    width: 1080,
    height: 1440,
    source: { kind: 'media', id: file },
  }))
  return {
    platform: 'xiaohongshu',
    title: note.title,
    body: `${note.body.trim()}\n\n${note.topics.map((topic) => `#${topic}`).join(' ')}`,
    topics: [...note.topics],
    media,
    checklist: xiaohongshuChecklist({ contentKind: 'note', mediaCount: media.length }),
    openUrl: XIAOHONGSHU_CREATOR_URL,
  }
}

/** What a published post leaves on its delivery: the link (and for 抖音 the ids the statistics join on). */
export function publishedFields(args: { platform: MatrixAccount['platform']; serial: number; operator: Id }): {
  url: string
  remoteIds: Record<string, string>
} {
  const n = String(args.serial).padStart(3, '0')
  if (args.platform === 'douyin') {
    const item = `@9VwKzuuES8gmaH${n}Qd0B7IA==`
    // The share link the fake reports: the item id without @ and = (contracts, UNCERTAIN).
    const url = `https://www.douyin.com/video/${item.replace(/[@=]/g, '')}`
    return { url, remoteIds: { video: `v0200fg10000demo${n}`, item, url } }
  }
  if (args.platform === 'xiaohongshu') {
    const url = `https://www.xiaohongshu.com/explore/6750a1c2000000000${n}0d3e`
    return { url, remoteIds: { url, confirmedBy: String(args.operator) } }
  }
  const url = `https://weixin.qq.com/sph/AqZdemo${n}`
  return { url, remoteIds: { url, confirmedBy: String(args.operator) } }
}
