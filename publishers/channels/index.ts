export { createChannelsPublisher } from './assistedPublisher'
export { validateChannels } from './validate'
export type { ChannelsSettings } from './accountSchemas'
