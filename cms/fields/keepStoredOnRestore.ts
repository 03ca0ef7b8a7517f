import type { Field, FieldHook } from 'payload'

/**
 * Restoring a version copies it over the document, but Payload first drops every field the user may
 * not write and saves the version without them: an author's restore lost the owner in the restored
 * version (and the required review state failed: "审核状态 必填"). Such a field keeps the document's
 * current value. A value already set (returnToReviewOnEdit keeps the review fields) is left alone.
 */
const keepStoredValue: FieldHook = async ({ collection, context, field, originalDoc, req, value }) => {
  const name = 'name' in field ? field.name : undefined
  if (!context.isRestoringVersion || value !== undefined || !collection || originalDoc?.id === undefined || !name) return value
  // Any collection's document, read for the one field this hook guards.
  const stored: object | null = await req.payload.findByID({
    collection: collection.slug,
    id: originalDoc.id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { [name]: true },
  })
  return (stored && new Map<string, unknown>(Object.entries(stored)).get(name)) ?? null
}

/** Adds keepStoredValue to a field whose updates are restricted; other fields pass unchanged. */
export function keepStoredOnRestore(field: Field): Field {
  if (!('name' in field) || !('access' in field) || !field.access?.update) return field
  return { ...field, hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), keepStoredValue] } } as Field
}
