/**
 * The suite of a run's faults of ours again, on Postgres, where several workers write at once and each
 * write of a run cut off after the post must leave something recovery finishes. The suite itself is
 * tests/int/deliveryFaultOfOurs.test.ts.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./deliveryFaultOfOurs.test'))
