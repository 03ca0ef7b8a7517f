import { toutiaoProfile } from '../../../lib/platforms'

/**
 * Toutiao (头条号) article rules, from shared/platforms/toutiao.md §4 (all CONFIRMED-2nd: the
 * console API is private). Title 2–30 characters (the profile's, lib/platforms/toutiao.ts); links are stripped by the platform, so we keep
 * their text; images must be re-hosted on Toutiao (the publisher uploads every listed image and
 * adds web_uri); SVG images are dropped; the cover is optional. UNCERTAIN: a body length limit
 * (none documented) and a digest field (none in the publish form; we derive one for previews).
 */
export const toutiaoRules = {
  label: toutiaoProfile.label.zh,
  title: { min: toutiaoProfile.text.title.min, max: toutiaoProfile.text.title.max },
  digest: { derivedLength: 54 },
}
