import { addDays } from '../../../lib/zonedTime'
import { inSpan, type DaySpan } from './dateBuckets'
import type { KpiInputs } from './kpiInputs'
import { followersOn } from './followersOn'
import type { Measured } from './measureMetric'

/**
 * 打开率 of the 群发 sent in `span`: Σ readers from the push ÷ Σ followers on the day before each send
 * (the latest known total on or before that day), in percent. A push is counted by its lead article
 * (position 1, 头条): adding the readers of every article of a push would count a follower who opened
 * two of them twice. The push's readers are all its days' `pushReaders`, also after `span` ends: a
 * push's open rate does not depend on when the period closes. A push whose followers or readers are
 * unknown is left out of both sums, and the notes say so; none counted → no value (暂无数据).
 */
export function openRate(args: { inputs: KpiInputs; span: DaySpan }): Measured {
  const pushes = args.inputs.posts.filter((post) => post.mass && post.position === 1 && inSpan(post.publishedDate, args.span))
  let readers = 0
  let followers = 0
  let withoutFollowers = 0
  let withoutReaders = 0
  for (const push of pushes) {
    const audience = followersOn({ days: args.inputs.followers.get(push.account), date: addDays(push.publishedDate, -1) })
    const pushRows = args.inputs.rows.filter((row) => String(row.delivery) === push.delivery && row.position === 1)
    const reported = pushRows.map((row) => row.pushReaders).filter((value): value is number => typeof value === 'number')
    if (audience === null || audience === 0) withoutFollowers += 1
    else if (reported.length === 0) withoutReaders += 1
    else {
      readers += reported.reduce((sum, value) => sum + value, 0)
      followers += audience
    }
  }
  const notes = [
    ...(withoutFollowers > 0 ? [`${withoutFollowers} 次群发缺少发送前一天的粉丝数，未计入`] : []),
    ...(withoutReaders > 0 ? [`${withoutReaders} 次群发还没有回收到群发阅读人数，未计入`] : []),
  ]
  return { value: followers === 0 ? null : (readers / followers) * 100, notes }
}
