import type { AssistTask } from './types'

/** What a copywriter calls each task (the panel's own words). */
export const ASSIST_TASK_LABELS: Readonly<Record<AssistTask, string>> = {
  draft: '按简报起草',
  titles: '起标题',
  digest: '写摘要',
  weibo: '微博文案',
  rewrite: '改写到其他平台',
  polish: '润色',
  poster: '海报文案',
}
