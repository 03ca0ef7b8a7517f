import { change, count, difference, points, rate } from '../../analytics/weeklyReport/reportCells'
import type { AccountWeekLine } from '../../analytics/weeklyReport/types'
import { PLATFORM_LABELS, isPlatformId } from '../../../lib/platforms'
import { Figure } from './cells'

/** One row per account: this week's figures, each with its change on last week. */
export function AccountTable(args: { lines: readonly AccountWeekLine[] }) {
  if (args.lines.length === 0) return <p>还没有平台账号。</p>
  return (
    <table className="weekly-report__table" data-report-table="accounts">
      <thead>
        <tr>
          <th>账号</th>
          <th>平台</th>
          <th>发布数</th>
          <th>阅读人数（人）</th>
          <th>播放量（次）</th>
          <th>互动数</th>
          <th>互动率</th>
          <th>涨粉</th>
          <th>周末粉丝数</th>
        </tr>
      </thead>
      <tbody>
        {args.lines.map(({ account, current, previous }) => (
          <tr key={String(account.id)} data-account={account.name}>
            <td>{account.name}</td>
            <td>{isPlatformId(account.platform) ? PLATFORM_LABELS[account.platform].zh : account.platform}</td>
            <Figure value={count(current.posts)} change={change({ current: current.posts, previous: previous.posts })} />
            <Figure value={count(current.readers)} change={change({ current: current.readers, previous: previous.readers })} />
            <Figure value={count(current.plays)} change={change({ current: current.plays, previous: previous.plays })} />
            <Figure
              value={count(current.interactions)}
              change={change({ current: current.interactions, previous: previous.interactions })}
            />
            <Figure
              value={rate(current.interactionRate)}
              change={points({ current: current.interactionRate, previous: previous.interactionRate })}
            />
            <Figure
              value={count(current.followerGain)}
              change={difference({ current: current.followerGain, previous: previous.followerGain })}
            />
            <Figure value={count(current.followers)} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
