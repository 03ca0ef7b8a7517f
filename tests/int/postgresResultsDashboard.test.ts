/**
 * The results dashboard again on Postgres (see tests/int/resultsDashboard.test.ts): the reads go through the adapter's generic find and count.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./resultsDashboard.test'))
