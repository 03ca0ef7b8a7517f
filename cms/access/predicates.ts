import type { Access, FieldAccess, Where } from 'payload'
import { hasRole, type Role } from './roles'

/** Collection-level predicates. Every collection names its rules explicitly with these. */
export const nobody: Access = () => false
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditorial: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export function hasAnyRole(...roles: Role[]): Access {
  return ({ req }) => hasRole(req.user, ...roles)
}

/** Editors and admins: everything; `authors` roles: only documents whose `field` is themselves. */
export function editorialOrOwn(args: { authors: Role[]; field: string; extra?: Where }): Access {
  return ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!req.user || !hasRole(req.user, ...args.authors)) return false
    const own: Where = { [args.field]: { equals: req.user.id } }
    return args.extra ? { and: [own, args.extra] } : own
  }
}

export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/** Field-level predicates. */
export const fieldNobody: FieldAccess = () => false
export const fieldAdmin: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
/** A user's own record, or an admin: for personal fields other teammates have no need to read. */
export const fieldAdminOrSelf: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin') || (req.user !== null && req.user !== undefined && doc !== undefined && String(doc.id) === String(req.user.id))
/** A user's own record, an editor or an admin: who runs which account is the editors' business too. */
export const fieldEditorialOrSelf: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin', 'editor') ||
  (req.user !== null && req.user !== undefined && doc !== undefined && String(doc.id) === String(req.user.id))
export const fieldEditorial: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
