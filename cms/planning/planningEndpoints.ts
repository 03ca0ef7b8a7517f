import type { Endpoint } from 'payload'
import { cadenceEndpoint } from './cadenceEndpoint'

/** Planning reads outside any one collection (cadence gaps). */
export const planningEndpoints: Endpoint[] = [cadenceEndpoint]
