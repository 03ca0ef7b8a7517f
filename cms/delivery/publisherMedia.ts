import { publisherRoute } from '../../lib/platforms'
import type { PublisherId } from '../../publishers'

/**
 * Which media preset prepares a publisher's cover and body images: named in its platform profile
 * (lib/platforms/<id>.ts; the presets are data in media/). A cover may depend on the account's
 * material type (WeChat: permanent `image` or a 64 KB `thumb`); `image` is every publisher's default.
 */
export function coverPresetFor(args: { publisher: PublisherId; settings: Record<string, unknown> }): string {
  const covers = publisherRoute(args.publisher).media.cover
  const type = typeof args.settings.coverMaterialType === 'string' ? args.settings.coverMaterialType : 'image'
  return covers[type] ?? covers.image
}

/** The preset for body images, or null when the publisher sends none to upload. */
export function bodyPresetFor(args: { publisher: PublisherId }): string | null {
  return publisherRoute(args.publisher).media.body
}
