import config from '@payload-config'
import { getPayload } from 'payload'
import { findPublishedArticle, type PublicArticle } from './findPublishedArticle'

export type { PublicArticle }

/** The public page's article by its slug (see findPublishedArticle). */
export async function loadPublishedArticle(slug: string): Promise<PublicArticle | null> {
  return findPublishedArticle({ payload: await getPayload({ config }), slug })
}
