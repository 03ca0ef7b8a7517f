import type { GlobalConfig } from 'payload'
import { isAdmin, isLoggedIn } from '../access/predicates'
import { pauseFields } from '../fields/pauseFields'

/** Pauses all publishing, every account, until an admin resumes it. */
export const PublishingPause: GlobalConfig = {
  slug: 'publishing-pause',
  label: { zh: '暂停全部发布', en: 'Pause all publishing' },
  admin: { group: { zh: '发布', en: 'Publishing' } },
  access: { read: isLoggedIn, update: isAdmin },
  fields: pauseFields(),
}
