/**
 * kill -9 of the worker at each step of a publish, again on Postgres (see tests/int/schedulerCrash.test.ts).
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./schedulerCrash.test'))
