import type { GlobalConfig } from 'payload'
import { styleGuideFields } from '../fields/styleGuideFields'

/** The team-wide style guide for the AI assist; a campaign's own guide, when it has one, comes first. */
export const BrandVoice: GlobalConfig = {
  slug: 'brand-voice',
  label: { zh: '品牌语气', en: 'Brand voice' },
  admin: { group: { zh: '策划', en: 'Planning' } },
  access: {
    read: ({ req }) => Boolean(req.user),
    update: ({ req }) => req.user?.role === 'admin' || req.user?.role === 'editor',
  },
  fields: styleGuideFields(),
}
