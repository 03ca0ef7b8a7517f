/**
 * The delivery-title suite again, on Postgres, its migration's backfill included. The suite itself is
 * tests/int/deliveryTitle.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./deliveryTitle.test'))
