import type { DashboardReply } from '../../analytics/dashboard/dashboardReply'
import { formatTeamTime } from './format'

const cell = { padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' } as const

/** 待优化: posts far below their account's recent median, worst first, with the reason and where to look. */
export function FlagsTable(args: { flags: DashboardReply['flags']; timeZone: string; canOpenDeliveries: boolean }) {
  const { flags } = args
  const rule = `与本账号近 ${flags.rule.windowDays} 天内最新的 ${flags.rule.peers} 篇（至少 ${flags.rule.minPeers} 篇）比较；发布满 ${flags.rule.minDaysOfNumbers} 天才参与`
  return (
    <section data-testid="results-flags" style={{ marginBottom: 24 }}>
      <h3 style={{ fontSize: 16, marginBottom: 4 }}>
        待优化 <span style={{ fontWeight: 400, fontSize: 13 }}>（{flags.total} 篇）</span>
      </h3>
      <p style={{ margin: '0 0 8px', color: 'var(--theme-elevation-500)', fontSize: 12 }}>
        阅读人数（视频看播放量）不到本账号中位数一半的内容。{rule}。
        {flags.total > flags.shown.length ? `这里列出最差的 ${flags.shown.length} 篇。` : ''}
      </p>
      {flags.shown.length === 0 ? (
        <p>所选范围内没有明显低于本账号水平的内容。</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
          <thead>
            <tr>
              <th style={cell}>内容</th>
              <th style={cell}>账号</th>
              <th style={cell}>发布时间</th>
              <th style={cell}>原因</th>
              <th style={cell}>发布记录</th>
            </tr>
          </thead>
          <tbody>
            {flags.shown.map((flag) => (
              <tr key={`${flag.delivery}:${flag.position}`} data-testid="results-flag">
                <td style={cell}>{flag.itemUrl ? <a href={flag.itemUrl}>{flag.title}</a> : flag.title}</td>
                <td style={cell}>
                  {flag.accountLabel} <span style={{ color: 'var(--theme-elevation-500)' }}>{flag.platformLabel}</span>
                </td>
                <td style={cell}>{formatTeamTime(flag.publishedAt, args.timeZone)}</td>
                <td style={cell}>{flag.reason}</td>
                <td style={cell}>{args.canOpenDeliveries ? <a href={flag.deliveryUrl}>查看</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
