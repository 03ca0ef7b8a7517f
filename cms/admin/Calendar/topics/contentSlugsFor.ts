import { isPlatformId, PLATFORM_PROFILES } from '../../../../lib/platforms'
import { CONTENT_KIND, CONTENT_SLUGS, type ContentSlug } from '../../../content'

/**
 * The content collections an account of this platform publishes, in the profile's order: the first is
 * what "开始写作" offers by default. None for a platform the profiles do not know.
 */
export function contentSlugsFor(platform: string): ContentSlug[] {
  if (!isPlatformId(platform)) return []
  return PLATFORM_PROFILES[platform].contentKinds.flatMap((kind) => CONTENT_SLUGS.filter((slug) => CONTENT_KIND[slug] === kind))
}
