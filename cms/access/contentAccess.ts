import type { CollectionConfig } from 'payload'
import { AUTHOR_EDITABLE_STATES } from '../workflow/reviewStates'
import { editorialOrOwn, hasAnyRole, isAdmin, isLoggedIn } from './predicates'
import type { Role } from './roles'

/**
 * Access for articles, videos and posters: every logged-in role reads all content and its versions;
 * editors and admins create and update everything; `authors` create and update their own work while
 * it is a draft or sent back to them; only admins delete. Anonymous visitors read only what the
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
    delete: isAdmin,
  }
}
