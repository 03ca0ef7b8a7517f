/**
 * One door to a delivery and the worker's re-checks, again on Postgres (see tests/int/security/deliveryDoor.test.ts).
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./security/deliveryDoor.test'))
