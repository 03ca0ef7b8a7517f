import type { CollectionConfig, Where } from 'payload'
import { AUTHOR_EDITABLE_STATES } from '../workflow/reviewStates'
import { editorialOrOwn, hasAnyRole, isLoggedIn } from './predicates'
import { hasRole, type Role } from './roles'

/**
 * Access for articles, videos, posters and notes: every logged-in role reads all content and its versions;
 * editors and admins create and update everything; `authors` create and update their own work while
 * it is a draft or sent back to them; admins delete anything, and whoever owns a draft that never
 * went into review (no approval, no public revision; refuseDeleteWithHistory checks the log) may
 * delete it: the record 创建新条目 leaves behind is its author's to throw away. Anonymous visitors read only what the
 * public site shows: items of collections with a public page that have a published revision (also
 * while an edit of it is in review). What they get is that revision, never the stored document or
 * a draft (servePublishedRevision, guardAnonymousReads).
 */
export function contentAccess(args: { authors: Role[]; publicPage: boolean }): NonNullable<CollectionConfig['access']> {
  return {
    create: hasAnyRole('admin', 'editor', ...args.authors),
    read: ({ req }) => {
      if (req.user) return true
      return args.publicPage ? { publishedVersion: { exists: true } } : false
    },
    readVersions: isLoggedIn,
    update: editorialOrOwn({
      authors: args.authors,
      field: 'owner',
      extra: { status: { in: [...AUTHOR_EDITABLE_STATES] } },
    }),
    delete: ({ req }) => {
      if (hasRole(req.user, 'admin')) return true
      if (!req.user || !hasRole(req.user, 'editor', ...args.authors)) return false
      const ownNeverSubmittedDraft: Where = {
        and: [
          { owner: { equals: req.user.id } },
          { status: { equals: 'draft' } },
          { approvedVersion: { exists: false } },
          { publishedVersion: { exists: false } },
        ],
      }
      return ownNeverSubmittedDraft
    },
  }
}
