/**
 * Nothing reaches the public page without review, by any door (REST, GraphQL, autosave, restore), again on
 * Postgres. The suite itself is tests/int/security/reviewDoors.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./security/reviewDoors.test'))
