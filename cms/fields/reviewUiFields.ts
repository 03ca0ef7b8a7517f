import type { Field } from 'payload'

/** The review bar (sidebar), the live findings panel and the platform previews, as admin-only UI fields. */
export function reviewUiFields(): { sidebar: Field; publish: Field; findings: Field; preview: Field } {
  return {
    publish: { name: 'publishPanel', type: 'ui', admin: { position: 'sidebar', components: { Field: '/cms/admin/PublishPanel#PublishPanel' } } },
    preview: { name: 'platformPreview', type: 'ui', admin: { components: { Field: '/cms/admin/PlatformPreview#PlatformPreview' } } },
    sidebar: { name: 'reviewBar', type: 'ui', admin: { position: 'sidebar', components: { Field: '/cms/admin/ReviewBar#ReviewBar' } } },
    findings: { name: 'findingsPanel', type: 'ui', admin: { components: { Field: '/cms/admin/FindingsPanel#FindingsPanel' } } },
  }
}
