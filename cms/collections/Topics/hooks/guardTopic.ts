import type { CollectionBeforeChangeHook } from 'payload'
import type { Topic } from '../../../payload-types'

/** Placeholder until the topic rules land: state moves, approval stamp, pillar from 策划设置. */
export const guardTopic: CollectionBeforeChangeHook<Topic> = ({ data }) => data
