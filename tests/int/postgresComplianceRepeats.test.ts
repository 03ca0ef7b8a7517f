/**
 * The repeat check again, on Postgres: the near items' latest drafts are read by id in one query per
 * collection, a query on the versions tables that each adapter builds its own way. The suite itself is
 * tests/int/complianceRepeats.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./complianceRepeats.test'))
