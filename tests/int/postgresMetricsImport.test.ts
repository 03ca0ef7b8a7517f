/**
 * Numbers by hand on Postgres (see metricsImport.test.ts): the CSV import's one transaction (all rows
 * or none), a re-import updating the same rows, and a second row of a day refused in words.
 */
import { onPostgres } from './postgresSuite'

await onPostgres(() => import('./metricsImport.test'))
