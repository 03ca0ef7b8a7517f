/**
 * Restoring a version and the review log that outlives its subject, again on Postgres, whose versions and ids
 * are its own (it never hands a deleted id out again). The suite itself is tests/int/security/restoreAndHistory.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./security/restoreAndHistory.test'))
