import { PLATFORM_PROFILES, type PlatformId, isPlatformId } from '../../../lib/platforms'

/** The Weibo task's placeholder for the article link; the publisher puts the real link there itself. */
const LINK_PLACEHOLDER = '[原文链接]'

/** What a suggestion may do to the article; copying and discarding are always offered. */
export type SuggestionAction =
  | { kind: 'use-title'; label: string }
  | { kind: 'use-digest'; label: string }
  | { kind: 'save-variant'; label: string; platform: PlatformId; field: 'digest' | 'body' }
  | { kind: 'append-body'; label: string }
  | { kind: 'replace-body'; label: string }

/**
 * The actions that fit what a task produced: a title or a digest goes to its field; a Weibo post or a
 * rewrite for another platform is saved as that platform's variant (分平台改写), never over the article;
 * only a draft or a polished article is a body, so only they may replace or extend the body.
 */
export function suggestionActions(args: { task: string; platform: string; platformLabel: string }): SuggestionAction[] {
  const variant = (platform: PlatformId, label: string): SuggestionAction => ({
    kind: 'save-variant',
    label: `存为${label}改写`,
    platform,
    // A short-post platform sends 【title】 + its excerpt + the link: the post is the variant's excerpt (digest).
    field: PLATFORM_PROFILES[platform].writes === 'short-posts' ? 'digest' : 'body',
  })
  switch (args.task) {
    case 'titles':
      return [{ kind: 'use-title', label: '用作标题' }]
    case 'digest':
      return [{ kind: 'use-digest', label: '用作摘要' }]
    case 'weibo':
      return [variant('weibo', '微博')]
    case 'rewrite':
      return isPlatformId(args.platform) ? [variant(args.platform, args.platformLabel)] : []
    case 'polish':
      return [{ kind: 'replace-body', label: '替换正文' }]
    case 'draft':
      return [
        { kind: 'append-body', label: '插入到正文末尾' },
        { kind: 'replace-body', label: '替换正文' },
      ]
    default:
      return []
  }
}

/**
 * The text a variant stores: a Weibo post without the 【title】 and link placeholder the publisher adds
 * itself (its #话题# stay: the renderer turns them into topics); anything else as it is.
 */
export function variantText(args: { text: string; field: 'digest' | 'body' }): string {
  if (args.field === 'body') return args.text
  return args.text
    .replace(/^\s*【[^】]*】/, '')
    .replace(LINK_PLACEHOLDER, '')
    .trim()
}
