export { createXiaohongshuPublisher } from './assistedPublisher'
export { validateXiaohongshu } from './validate'
export type { XiaohongshuSettings } from './accountSchemas'
