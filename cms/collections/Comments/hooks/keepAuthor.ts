import type { FieldHook } from 'payload'

/** The author is whoever writes the comment, and stays so: no request names or changes it. */
export const keepAuthor: FieldHook = ({ operation, originalDoc, req, value }) => {
  if (operation === 'create') return req.user ? req.user.id : value
  return originalDoc?.author ?? value
}
