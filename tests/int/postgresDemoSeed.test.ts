/**
 * The demo data again, on Postgres (`npm run up -- --postgres` loads it there): a fresh database on the
 * server scripts/test.mjs starts for the run. The suite itself is tests/int/demoSeed.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./demoSeed.test'))
