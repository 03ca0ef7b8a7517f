/**
 * An operator acts only on the accounts assigned to them, through every door, again on Postgres: the
 * assignment is a has-many relationship the adapter queries its own way. The suite itself is
 * tests/int/operatorAccounts.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./operatorAccounts.test'))
