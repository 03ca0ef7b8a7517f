/**
 * The migrations-match-schema check again, for Postgres's own migrations. The suite itself is
 * tests/int/migrationsMatchSchema.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./migrationsMatchSchema.test'))
