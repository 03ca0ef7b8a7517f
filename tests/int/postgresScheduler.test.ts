/**
 * The scheduler suite again, on Postgres: a fresh database per file on the server scripts/test.mjs
 * starts for the run (TEST_POSTGRES_URL). The suite itself is tests/int/schedulerSchedule.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./schedulerSchedule.test'))
