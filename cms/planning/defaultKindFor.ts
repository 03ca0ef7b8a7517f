import { platformProfile, type PlatformId } from '../../lib/platforms'
import { CONTENT_KIND, CONTENT_SLUGS, type ContentSlug } from '../content'

/**
 * The content collection "start writing" offers first for a slot on `platform`: the first content
 * kind the platform's profile takes (公众号 an article, 小红书 a note, 视频号 a video). Pure.
 */
export function defaultKindFor(platform: PlatformId): ContentSlug {
  const [first] = platformProfile(platform).contentKinds
  const slug = CONTENT_SLUGS.find((candidate) => CONTENT_KIND[candidate] === first)
  // Every profile takes at least one kind (the profile schema says so) and each kind has a collection.
  if (slug === undefined) throw new Error(`platform ${platform} takes no content kind with a collection`)
  return slug
}
