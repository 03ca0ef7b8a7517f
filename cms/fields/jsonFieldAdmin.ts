/** Admin options for every json field: the in-house text editor instead of the CDN-loaded one. */
export const JSON_FIELD_COMPONENT = { Field: '/cms/admin/JsonField#JsonField' } as const
