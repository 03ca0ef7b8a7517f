import type { Endpoint } from 'payload'

/** Planning reads outside any one collection (cadence gaps). */
export const planningEndpoints: Endpoint[] = []
