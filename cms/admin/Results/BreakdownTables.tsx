import type { DashboardReply } from '../../analytics/dashboard/dashboardReply'
import { formatCount, formatRate, formatSigned } from './format'

const tableStyle = { width: '100%', borderCollapse: 'collapse', fontSize: 13 } as const
const cell = { padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'right' } as const
const first = { ...cell, textAlign: 'left' } as const

const BASIS = { followers: '按粉丝总数的变化', flows: '按每日新增减取消' } as const

/** Accounts (with followers) and platforms as tables: the exact numbers behind the charts. */
export function BreakdownTables({ reply }: { reply: DashboardReply }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 16, marginBottom: 16 }}>
      <section>
        <h3 style={{ fontSize: 16 }}>各账号</h3>
        <table data-testid="results-accounts" style={tableStyle}>
          <thead>
            <tr>
              <th style={first}>账号</th>
              <th style={cell}>发布数</th>
              <th style={cell}>阅读人数（人）</th>
              <th style={cell}>播放量（次）</th>
              <th style={cell}>互动数（次）</th>
              <th style={cell}>互动率</th>
              <th style={cell}>粉丝（人）</th>
              <th style={cell}>涨粉（人）</th>
            </tr>
          </thead>
          <tbody>
            {reply.byAccount.map((row) => (
              <tr key={row.key}>
                <td style={first}>
                  {row.label} <span style={{ color: 'var(--theme-elevation-500)' }}>{row.platformLabel}</span>
                </td>
                <td style={cell}>{row.posts}</td>
                <td style={cell}>{formatCount(row.readers)}</td>
                <td style={cell}>{formatCount(row.plays)}</td>
                <td style={cell}>{formatCount(row.interactions)}</td>
                <td style={cell}>{formatRate(row.readerInteractionRate ?? row.playInteractionRate)}</td>
                <td style={cell}>{formatCount(row.followers.latest)}</td>
                <td style={cell} title={row.followers.basis ? BASIS[row.followers.basis] : '没有粉丝数据'}>
                  {formatSigned(row.followers.netChange)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3 style={{ fontSize: 16 }}>各平台</h3>
        <table data-testid="results-platforms" style={tableStyle}>
          <thead>
            <tr>
              <th style={first}>平台</th>
              <th style={cell}>发布数</th>
              <th style={cell}>阅读人数（人）</th>
              <th style={cell}>播放量（次）</th>
              <th style={cell}>互动数（次）</th>
            </tr>
          </thead>
          <tbody>
            {reply.byPlatform.map((row) => (
              <tr key={row.key}>
                <td style={first}>{row.label}</td>
                <td style={cell}>{row.posts}</td>
                <td style={cell}>{formatCount(row.readers)}</td>
                <td style={cell}>{formatCount(row.plays)}</td>
                <td style={cell}>{formatCount(row.interactions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>
          阅读人数是人数，播放量是次数，两者不相加；“—”表示平台没有提供这项数据。
        </p>
      </section>
    </div>
  )
}
