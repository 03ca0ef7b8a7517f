import { PLATFORM_PROFILES, type PlatformId } from '../../../lib/platforms'
import { countCharacters, countVisibleCharacters } from '../../../templates/text/countText'
import { weiboLength } from '../../../templates/platforms/weibo/weiboLength'
import { plainTextOfMarkdown } from './plainText'

/** The texts one platform receives: its rewrite (分平台改写) where it has one, else the shared field. */
export type PlatformTexts = { title: string; digest: string; body: string }

export type Counter = {
  name: '标题' | '摘要' | '正文'
  count: number
  max: number
  /** Over the platform's limit: it would refuse the post. */
  over: boolean
  /** The platform takes an excerpt of the body (微博): a longer body is cut, not refused. */
  excerpted?: true
}

export type PlatformCounters = { platform: PlatformId; label: string; counters: Counter[] }

/**
 * Each target platform's limits (lib/platforms, the numbers the publishers check) against what the
 * editor has written so far. Bodies are measured as the platform measures them: visible characters of
 * the text, or Weibo's count (every URL at least 20). Pure.
 */
export function platformCounters(args: {
  platforms: readonly PlatformId[]
  textsFor: (platform: PlatformId) => PlatformTexts
}): PlatformCounters[] {
  return [...new Set(args.platforms)].map((platform) => {
    const profile = PLATFORM_PROFILES[platform]
    const texts = args.textsFor(platform)
    const counters: Counter[] = []
    const add = (name: Counter['name'], count: number, max: number | null | undefined, excerpted?: true) => {
      if (max === null || max === undefined) return
      counters.push({ name, count, max, over: !excerpted && count > max, ...(excerpted ? { excerpted } : {}) })
    }
    add('标题', countCharacters(texts.title), profile.text.title.max)
    if ('digest' in profile.text) add('摘要', countCharacters(texts.digest), profile.text.digest.max)
    const plain = plainTextOfMarkdown(texts.body)
    const body = profile.text.body
    if (body.measure === 'weibo') add('正文', weiboLength(plain.replace(/\s+/g, ' ').trim()), body.max, true)
    else add('正文', countVisibleCharacters(plain), body.max)
    return { platform, label: profile.shortLabel.zh, counters }
  })
}

/** A platform's texts from the form's values: its variant row's non-empty fields win over the shared ones. */
export function textsForPlatform(args: {
  platform: PlatformId
  shared: PlatformTexts
  variants: readonly { platform?: unknown; title?: unknown; digest?: unknown; body?: unknown }[]
}): PlatformTexts {
  const variant = args.variants.find((row) => row.platform === args.platform)
  const pick = (key: keyof PlatformTexts) => {
    const own = variant?.[key]
    return typeof own === 'string' && own.trim() !== '' ? own : args.shared[key]
  }
  return { title: pick('title'), digest: pick('digest'), body: pick('body') }
}
