import type { CollectionBeforeChangeHook } from 'payload'
import type { Campaign } from '../../../payload-types'

/** Placeholder until the budget rule lands: lines above 策划设置's threshold wait for an admin. */
export const guardBudget: CollectionBeforeChangeHook<Campaign> = ({ data }) => data
