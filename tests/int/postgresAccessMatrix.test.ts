/**
 * Every role × collection × operation over REST, anonymous included, again on Postgres: access rules are
 * queries the adapter writes, and Postgres's SQL is not SQLite's. The suite itself is tests/int/accessMatrix.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./accessMatrix.test'))
