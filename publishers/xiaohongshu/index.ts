export { createXiaohongshuPublisher, xiaohongshuChecklist } from './assistedPublisher'
export { XIAOHONGSHU_CREATOR_URL } from './config'
export { validateXiaohongshu } from './validate'
export type { XiaohongshuSettings } from './accountSchemas'
