/**
 * The notifications' outward copies again, on Postgres, where two sweeps' claims really run at once:
 * a fresh database on the server scripts/test.mjs starts for the run (TEST_POSTGRES_URL). The suite
 * itself is tests/int/notificationOutward.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./notificationOutward.test'))
