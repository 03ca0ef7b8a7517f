import type { GlobalConfig } from 'payload'
import { isAdmin, isLoggedIn } from '../access/predicates'
import { releaseIfResumed, stampPause } from '../delivery/pauseSwitchHooks'
import { pauseFields } from '../fields/pauseFields'

/** Pauses all publishing, every account, until an admin resumes it. */
export const PublishingPause: GlobalConfig = {
  slug: 'publishing-pause',
  label: { zh: '暂停全部发布', en: 'Pause all publishing' },
  admin: { group: { zh: '发布', en: 'Publishing' } },
  access: { read: isLoggedIn, update: isAdmin },
  hooks: {
    beforeChange: [({ data, originalDoc, req }) => ({ ...data, ...stampPause({ next: data, previous: originalDoc, req }) })],
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        await releaseIfResumed({ next: doc, previous: previousDoc, req })
        return doc
      },
    ],
  },
  fields: pauseFields(),
}
