import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'
import type { PostMetric } from '../../../payload-types'

/**
 * Numbers a person writes are `manual` (or `csv` from the import); `api` belongs to the collector,
 * which runs without a user. A person may correct an API row: it then becomes theirs (manual) and the
 * collector leaves it alone.
 */
export const keepApiRowsToTheCollector: CollectionBeforeChangeHook<PostMetric> = ({ data, req }) => {
  if (!req.user) return data
  if (data.source === 'api') throw new APIError('「接口回收」的数据只能由系统写入；手动填写请选择「手动录入」', 400, undefined, true)
  return { ...data, source: data.source ?? 'manual', final: data.final ?? true }
}
