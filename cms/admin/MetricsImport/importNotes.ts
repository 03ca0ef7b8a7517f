import { isPlatformId, PLATFORM_PROFILES, type ContentKind } from '../../../lib/platforms'

const KIND_LABELS: Record<ContentKind, string> = { article: '图文', poster: '海报', video: '视频', note: '图文笔记' }

/**
 * What an account's numbers need from a person, read from its platform's profile: the content kinds
 * whose route has no statistics API, and whether followers must be imported.
 */
export function manualNotes(platform: string): string[] {
  if (!isPlatformId(platform)) return []
  const profile = PLATFORM_PROFILES[platform]
  const kinds = profile.publishers
    .filter((route) => route.stats === 'manual')
    .flatMap((route) => route.contentKinds.map((kind: ContentKind) => KIND_LABELS[kind]))
  const notes: string[] = []
  if (kinds.length > 0)
    notes.push(
      `${profile.shortLabel.zh}的${[...new Set(kinds)].join('、')}平台无数据接口，请手动录入：用下面的表格导入，或在发布记录里逐天填写。`,
    )
  if (profile.followers === 'manual') notes.push(`${profile.shortLabel.zh}的粉丝数没有接口，请定期导入粉丝数据。`)
  return notes
}
