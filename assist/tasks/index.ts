import type { AssistTask } from '../types'
import { digestTask } from './digest'
import { draftTask } from './draft'
import { polishTask } from './polish'
import { posterTask } from './poster'
import { rewriteTask } from './rewrite'
import type { TaskDefinition } from './taskDefinition'
import { titlesTask } from './titles'
import { weiboTask } from './weibo'

export const assistTasks: Record<AssistTask, TaskDefinition> = {
  draft: draftTask,
  titles: titlesTask,
  digest: digestTask,
  weibo: weiboTask,
  rewrite: rewriteTask,
  polish: polishTask,
  poster: posterTask,
}
