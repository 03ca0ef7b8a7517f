import type { Field } from 'payload'

/** The review bar and publish panel (sidebar), live findings and the AI assist, as admin-only UI fields. */
export function reviewUiFields(): { sidebar: Field; publish: Field; findings: Field; preview: Field; assist: Field } {
  return {
    assist: { name: 'assistPanel', type: 'ui', admin: { components: { Field: '/cms/admin/AssistPanel#AssistPanel' } } },
    publish: {
      name: 'publishPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/cms/admin/PublishPanel#PublishPanel' } },
    },
    // The live preview sits beside the article body's editor now (cms/admin/PlatformPreview/LivePreviewPane,
    // embedded by the Markdown editor); videos and posters never had one. Kept, shown nowhere, until
    // contentFields stops asking for it.
    preview: { name: 'platformPreview', type: 'ui', admin: { condition: () => false } },
    sidebar: { name: 'reviewBar', type: 'ui', admin: { position: 'sidebar', components: { Field: '/cms/admin/ReviewBar#ReviewBar' } } },
    findings: { name: 'findingsPanel', type: 'ui', admin: { components: { Field: '/cms/admin/FindingsPanel#FindingsPanel' } } },
  }
}
